package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;

/**
 * One cleaning, disinfection or sterilisation cycle of a reusable instrument, kept in the asset's
 * append-only reprocessing log.
 *
 * @param asset     the instrument
 * @param method    how it was reprocessed
 * @param passed    whether the cycle's indicators passed
 * @param reference the washer's or steriliser's cycle number, or the load id
 * @param userId    who recorded it
 * @param at        when
 * @since 0.1.0
 */
public record ReprocessingCycle(AssetId asset, ReprocessingMethod method, boolean passed, String reference, String userId, Instant at) {
    public ReprocessingCycle {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
