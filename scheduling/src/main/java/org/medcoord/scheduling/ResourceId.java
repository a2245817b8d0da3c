package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a schedulable resource (practitioner, room, equipment, bed).
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ResourceId(UUID value) implements TypedId {
    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ResourceId next(Clock clock) {
        return new ResourceId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ResourceId parse(String text) {
        return new ResourceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
