package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an inpatient admission.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record AdmissionId(UUID value) implements TypedId {
    public AdmissionId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static AdmissionId next(Clock clock) {
        return new AdmissionId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static AdmissionId parse(String text) {
        return new AdmissionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
