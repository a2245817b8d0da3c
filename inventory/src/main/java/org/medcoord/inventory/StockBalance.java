package org.medcoord.inventory;

import java.util.Objects;

/**
 * Stock on hand of one lot of one item at one location, in the item's base unit. Always equal to the sum
 * of the ledger entries for the same item, location and lot; never negative.
 *
 * @param item     the item
 * @param location the location
 * @param lot      the lot, with its expiry and status
 * @param onHand   the quantity on hand, in base units
 * @since 0.1.0
 */
public record StockBalance(ItemId item, LocationId location, Lot lot, long onHand) {
    public StockBalance {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
    }
}
