package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a serial-numbered piece of equipment.
 *
 * @since 0.1.0
 */
public record AssetId(UUID value) implements TypedId {
    public AssetId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static AssetId next(Clock clock) {
        return new AssetId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static AssetId parse(String text) {
        return new AssetId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
