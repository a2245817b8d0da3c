package org.medcoord.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * One vital sign observation, as read.
 *
 * @param id           the observation id
 * @param patient      whose
 * @param kind         what was measured
 * @param value        the value in {@link VitalKind#canonicalUnit()}
 * @param unit         the canonical UCUM unit
 * @param enteredValue the value as entered
 * @param enteredUnit  the UCUM unit as entered
 * @param flag         LOW, NORMAL or HIGH against the reference range
 * @param takenAt      when it was measured
 * @param encounter    the visit it was taken in, if any
 * @param recordedBy   the user id that charted it
 * @since 0.1.0
 */
public record Vital(ObservationId id, PatientId patient, VitalKind kind, BigDecimal value, String unit, BigDecimal enteredValue,
                    String enteredUnit, VitalFlag flag, Instant takenAt, Optional<EncounterId> encounter, String recordedBy) {
    public Vital {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(encounter, "encounter");
    }

    /** Prints ids, kind and flag only: the value is PHI. */
    @Override
    public String toString() {
        return "Vital[" + id + " " + kind + " " + flag + " of patient " + patient + "]";
    }
}
