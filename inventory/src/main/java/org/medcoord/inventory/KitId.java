package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a kit: a procedure's list of supplies consumed together.
 *
 * @since 0.1.0
 */
public record KitId(UUID value) implements TypedId {
    public KitId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static KitId next(Clock clock) {
        return new KitId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static KitId parse(String text) {
        return new KitId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
