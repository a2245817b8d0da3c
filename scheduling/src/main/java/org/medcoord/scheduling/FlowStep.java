package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded move of a patient through the clinic.
 *
 * @param stage the stage reached
 * @param at    when
 * @param by    the user id that recorded it
 * @param room  the room, for {@link FlowStage#ROOMED}
 * @since 0.1.0
 */
public record FlowStep(FlowStage stage, Instant at, String by, Optional<ResourceId> room) {
    public FlowStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        room = room == null ? Optional.empty() : room;
    }
}
