package org.medcoord.inventory;

import java.util.Objects;

/**
 * Unused stock of a known lot coming back to a location (from a ward, from a cancelled procedure).
 *
 * @param item     the item
 * @param location where it comes back to
 * @param lot      the lot it came from
 * @param quantity how much
 * @param reason   a note for the ledger
 * @since 0.1.0
 */
public record StockReturn(ItemId item, LocationId location, LotId lot, Quantity quantity, String reason) {
    public StockReturn {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(quantity, "quantity");
        reason = reason == null ? "" : reason.strip();
    }
}
