package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a cycle-count sheet.
 *
 * @since 0.1.0
 */
public record CountSheetId(UUID value) implements TypedId {
    public CountSheetId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static CountSheetId next(Clock clock) {
        return new CountSheetId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static CountSheetId parse(String text) {
        return new CountSheetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
