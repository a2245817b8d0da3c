package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a follow-up request.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record FollowUpId(UUID value) implements TypedId {
    public FollowUpId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static FollowUpId next(Clock clock) {
        return new FollowUpId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static FollowUpId parse(String text) {
        return new FollowUpId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
