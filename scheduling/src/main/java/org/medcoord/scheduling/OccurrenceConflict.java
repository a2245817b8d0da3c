package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * Why one occurrence of a recurring series could not be booked.
 *
 * @param index   the occurrence's position, from 0
 * @param start   its start
 * @param code    the conflict code ({@code MC-SCHED-101} to {@code MC-SCHED-104})
 * @param message what collided, naming resource ids and intervals only
 * @since 0.1.0
 */
public record OccurrenceConflict(int index, Instant start, String code, String message) {
    public OccurrenceConflict {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
