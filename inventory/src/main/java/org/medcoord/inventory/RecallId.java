package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a recall of one lot of one item.
 *
 * @since 0.1.0
 */
public record RecallId(UUID value) implements TypedId {
    public RecallId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static RecallId next(Clock clock) {
        return new RecallId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static RecallId parse(String text) {
        return new RecallId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
