package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an offer of freed time to a waitlisted patient.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record OfferId(UUID value) implements TypedId {
    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static OfferId next(Clock clock) {
        return new OfferId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static OfferId parse(String text) {
        return new OfferId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
