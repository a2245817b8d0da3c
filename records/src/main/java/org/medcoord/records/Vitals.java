package org.medcoord.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Vital signs charting: observations with UCUM units checked and converted, out-of-range flags, time
 * series, trends and derived BMI. Access is decided on {@link org.medcoord.core.access.DataCategory#CLINICAL}
 * and audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Vitals {

    /**
     * Charts one observation.
     *
     * @param unit a UCUM unit {@code kind} accepts, see {@link VitalKind#units()}
     * @throws org.medcoord.core.ValidationException {@code MC-REC-060} for a missing or unaccepted unit,
     *         {@code MC-REC-061} for an impossible value, {@code MC-REC-062} for a time in the future; nothing is stored
     */
    Vital record(AccessContext context, PatientId patient, VitalKind kind, BigDecimal value, String unit, Instant takenAt,
                 Optional<EncounterId> encounter);

    /** @return the observations of one kind taken in {@code [from, to)}, oldest first */
    List<Vital> series(AccessContext context, PatientId patient, VitalKind kind, Instant from, Instant to);

    /** @return the most recent observation of one kind */
    Optional<Vital> latest(AccessContext context, PatientId patient, VitalKind kind);

    /** @return a summary of the observations of one kind taken in {@code [from, to)}; empty when there are none */
    Optional<VitalTrend> trend(AccessContext context, PatientId patient, VitalKind kind, Instant from, Instant to);

    /** @return the BMI from the latest weight and height, when both are charted */
    Optional<Bmi> bmi(AccessContext context, PatientId patient);
}
