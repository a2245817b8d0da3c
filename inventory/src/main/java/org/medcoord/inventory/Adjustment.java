package org.medcoord.inventory;

import java.util.Objects;

/**
 * A correction after a count: adds ({@code delta > 0}) or removes ({@code delta < 0}) base units of one
 * lot at one location. A reason is required; the result may not be negative.
 *
 * @param item     the item
 * @param location the location
 * @param lot      the lot counted
 * @param delta    the change in base units, not zero
 * @param reason   why the books were wrong
 * @since 0.1.0
 */
public record Adjustment(ItemId item, LocationId location, LotId lot, long delta, String reason) {
    public Adjustment {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        reason = reason == null ? "" : reason.strip();
    }
}
