package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies one history entry (an allergy, a problem, a medication, ...).
 *
 * @since 0.1.0
 */
public record HistoryEntryId(UUID value) implements TypedId {
    public HistoryEntryId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static HistoryEntryId next(Clock clock) {
        return new HistoryEntryId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static HistoryEntryId parse(String text) {
        return new HistoryEntryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
