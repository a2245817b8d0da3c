package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a vital sign observation.
 *
 * @since 0.1.0
 */
public record ObservationId(UUID value) implements TypedId {
    public ObservationId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ObservationId next(Clock clock) {
        return new ObservationId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ObservationId parse(String text) {
        return new ObservationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
