package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a waitlist entry.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record WaitlistEntryId(UUID value) implements TypedId {
    public WaitlistEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static WaitlistEntryId next(Clock clock) {
        return new WaitlistEntryId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static WaitlistEntryId parse(String text) {
        return new WaitlistEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
