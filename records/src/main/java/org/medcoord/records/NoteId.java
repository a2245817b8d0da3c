package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a clinical note or addendum.
 *
 * @since 0.1.0
 */
public record NoteId(UUID value) implements TypedId {
    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static NoteId next(Clock clock) {
        return new NoteId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static NoteId parse(String text) {
        return new NoteId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
