package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies one stock movement; every ledger entry it wrote carries it.
 *
 * @since 0.1.0
 */
public record MovementId(UUID value) implements TypedId {
    public MovementId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static MovementId next(Clock clock) {
        return new MovementId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static MovementId parse(String text) {
        return new MovementId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
