package org.medcoord.inventory;

import java.util.Objects;

/**
 * Stock of one lot thrown away, whatever the lot's status (wasting expired or recalled stock is the usual
 * case). A reason is required.
 *
 * @param item     the item
 * @param location the location
 * @param lot      the lot
 * @param quantity how much
 * @param reason   why (expired, damaged, opened and unused)
 * @since 0.1.0
 */
public record Waste(ItemId item, LocationId location, LotId lot, Quantity quantity, String reason) {
    public Waste {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(quantity, "quantity");
        reason = reason == null ? "" : reason.strip();
    }
}
