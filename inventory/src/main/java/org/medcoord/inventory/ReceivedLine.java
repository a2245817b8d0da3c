package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a delivery against a purchase order, with the lot and expiry printed on the packaging.
 *
 * @param item      the item (must be on the order)
 * @param quantity  how much arrived
 * @param lotNumber the lot, for lot-tracked items
 * @param expires   the expiry, for items that require one
 * @since 0.1.0
 */
public record ReceivedLine(ItemId item, Quantity quantity, Optional<String> lotNumber, Optional<LocalDate> expires) {
    public ReceivedLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(expires, "expires");
    }

    /** @return a line of a lot with an expiry date */
    public static ReceivedLine ofLot(ItemId item, Quantity quantity, String lotNumber, LocalDate expires) {
        return new ReceivedLine(item, quantity, Optional.of(lotNumber), Optional.of(expires));
    }

    /** @return a line of an item that is not lot-tracked */
    public static ReceivedLine untracked(ItemId item, Quantity quantity) {
        return new ReceivedLine(item, quantity, Optional.empty(), Optional.empty());
    }
}
