package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a consent directive.
 *
 * @since 0.1.0
 */
public record ConsentId(UUID value) implements TypedId {
    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ConsentId next(Clock clock) {
        return new ConsentId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ConsentId parse(String text) {
        return new ConsentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
