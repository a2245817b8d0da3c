package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an item of the catalog (a supply, a medication, an equipment type, an implant).
 *
 * @since 0.1.0
 */
public record ItemId(UUID value) implements TypedId {
    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ItemId next(Clock clock) {
        return new ItemId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ItemId parse(String text) {
        return new ItemId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
