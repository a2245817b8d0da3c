package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an appointment (also a hold, which is a pending appointment).
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record AppointmentId(UUID value) implements TypedId {
    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static AppointmentId next(Clock clock) {
        return new AppointmentId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static AppointmentId parse(String text) {
        return new AppointmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
