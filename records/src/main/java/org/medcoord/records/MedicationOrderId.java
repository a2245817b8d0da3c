package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a medication order.
 *
 * @since 0.1.0
 */
public record MedicationOrderId(UUID value) implements TypedId {
    public MedicationOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static MedicationOrderId next(Clock clock) {
        return new MedicationOrderId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static MedicationOrderId parse(String text) {
        return new MedicationOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
