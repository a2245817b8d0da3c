package org.medcoord.inventory;

import java.util.Objects;

/**
 * One line of a kit: an item and how much of it one kit uses.
 *
 * @param item     the item
 * @param quantity how much; in a stored {@link Kit} always in the item's base unit
 * @since 0.1.0
 */
public record KitComponent(ItemId item, Quantity quantity) {
    public KitComponent {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
    }
}
