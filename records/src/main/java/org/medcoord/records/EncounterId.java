package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an encounter (one visit).
 *
 * @since 0.1.0
 */
public record EncounterId(UUID value) implements TypedId {
    public EncounterId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static EncounterId next(Clock clock) {
        return new EncounterId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static EncounterId parse(String text) {
        return new EncounterId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
