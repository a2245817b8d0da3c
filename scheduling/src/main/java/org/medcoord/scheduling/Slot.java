package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A free start time for a service type, with one resource per required role that is free for it.
 * A slot is a snapshot: book it with {@link BookingRequest#forSlot}, which checks again under locks.
 *
 * @param start     when the appointment would start
 * @param end       when it would end
 * @param resources the resource for every role
 * @since 0.1.0
 */
public record Slot(Instant start, Instant end, Map<String, ResourceId> resources) {
    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        resources = Map.copyOf(resources);
    }
}
