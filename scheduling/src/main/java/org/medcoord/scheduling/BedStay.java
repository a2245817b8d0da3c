package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One bed an admitted patient lay in, from when to when (open while they are still in it).
 *
 * @param bed  the bed
 * @param from when the patient moved in
 * @param to   when they left it
 * @since 0.1.0
 */
public record BedStay(ResourceId bed, Instant from, Optional<Instant> to) {
    public BedStay {
        Objects.requireNonNull(bed, "bed");
        Objects.requireNonNull(from, "from");
        to = to == null ? Optional.empty() : to;
    }
}
