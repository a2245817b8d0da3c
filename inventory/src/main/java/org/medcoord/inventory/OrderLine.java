package org.medcoord.inventory;

import java.util.Objects;

/**
 * One line of a purchase order, in the item's base unit.
 *
 * @param item     the item
 * @param ordered  how much was ordered
 * @param received how much has arrived so far (may exceed {@code ordered} when a supplier over-ships)
 * @since 0.1.0
 */
public record OrderLine(ItemId item, long ordered, long received) {
    public OrderLine {
        Objects.requireNonNull(item, "item");
    }

    /** @return what is still expected: {@code ordered - received}, never below zero */
    public long outstanding() {
        return Math.max(0, ordered - received);
    }
}
