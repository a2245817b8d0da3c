package org.medcoord.coordination;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a worklist task.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record TaskId(UUID value) implements TypedId {
    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static TaskId next(Clock clock) {
        return new TaskId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static TaskId parse(String text) {
        return new TaskId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
