package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a request to amend a record (HIPAA right to amend).
 *
 * @since 0.1.0
 */
public record AmendmentId(UUID value) implements TypedId {
    public AmendmentId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static AmendmentId next(Clock clock) {
        return new AmendmentId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static AmendmentId parse(String text) {
        return new AmendmentId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
