package org.medcoord.coordination;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a handoff note.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record HandoffId(UUID value) implements TypedId {
    public HandoffId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static HandoffId next(Clock clock) {
        return new HandoffId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static HandoffId parse(String text) {
        return new HandoffId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
