package org.medcoord.coordination;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an inquiry or complaint case.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record CaseId(UUID value) implements TypedId {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static CaseId next(Clock clock) {
        return new CaseId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
