package org.medcoord.core;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a patient. Lives in core because audit events and access checks name the patient
 * without depending on the records module.
 *
 * @since 0.1.0
 */
public record PatientId(UUID value) implements TypedId {
    public PatientId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static PatientId next(Clock clock) {
        return new PatientId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static PatientId parse(String text) {
        return new PatientId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
