package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a reminder rule.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ReminderRuleId(UUID value) implements TypedId {
    public ReminderRuleId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ReminderRuleId next(Clock clock) {
        return new ReminderRuleId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ReminderRuleId parse(String text) {
        return new ReminderRuleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
