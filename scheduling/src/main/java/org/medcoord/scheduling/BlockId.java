package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a block: a period in which a resource is unavailable.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record BlockId(UUID value) implements TypedId {
    public BlockId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static BlockId next(Clock clock) {
        return new BlockId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static BlockId parse(String text) {
        return new BlockId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
