package org.medcoord.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * Stock moved between two locations. Without a lot the usable lots move first-expiry-first-out; with a
 * lot, that lot moves whatever its status (so recalled stock can be moved to a holding area).
 *
 * @param item     the item
 * @param from     where it leaves
 * @param to       where it arrives; not {@code from}
 * @param quantity how much
 * @param lot      a lot, or empty for FEFO
 * @param reason   a note for the ledger
 * @since 0.1.0
 */
public record Transfer(ItemId item, LocationId from, LocationId to, Quantity quantity, Optional<LotId> lot, String reason) {
    public Transfer {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(lot, "lot");
        reason = reason == null ? "" : reason.strip();
    }
}
