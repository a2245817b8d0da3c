package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a manufacturer's lot of one item.
 *
 * @since 0.1.0
 */
public record LotId(UUID value) implements TypedId {
    public LotId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static LotId next(Clock clock) {
        return new LotId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static LotId parse(String text) {
        return new LotId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
