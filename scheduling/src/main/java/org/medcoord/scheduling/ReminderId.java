package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies one scheduled reminder of one appointment.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ReminderId(UUID value) implements TypedId {
    public ReminderId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ReminderId next(Clock clock) {
        return new ReminderId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ReminderId parse(String text) {
        return new ReminderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
