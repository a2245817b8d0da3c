package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a service type (what is booked: a consultation, a colonoscopy, a surgery).
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ServiceTypeId(UUID value) implements TypedId {
    public ServiceTypeId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ServiceTypeId next(Clock clock) {
        return new ServiceTypeId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ServiceTypeId parse(String text) {
        return new ServiceTypeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
