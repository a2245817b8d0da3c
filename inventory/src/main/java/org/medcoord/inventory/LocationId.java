package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a place where stock is kept (a storeroom, an exam-room cart, an operating-room core, a crash cart).
 *
 * @since 0.1.0
 */
public record LocationId(UUID value) implements TypedId {
    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static LocationId next(Clock clock) {
        return new LocationId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static LocationId parse(String text) {
        return new LocationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
