package org.medcoord.records.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.records.EncounterId;
import org.medcoord.records.VitalKind;

/** A vital sign as stored: canonical and entered value; {@code encounter} null when absent. */
record StoredVital(PatientId patient, VitalKind kind, BigDecimal value, BigDecimal enteredValue, String enteredUnit, Instant takenAt,
                   EncounterId encounter, String recordedBy) {

    StoredVital movedTo(PatientId survivor) {
        return new StoredVital(survivor, kind, value, enteredValue, enteredUnit, takenAt, encounter, recordedBy);
    }

    /** The series a vital belongs to: opaque id and kind, never a value. */
    String series() {
        return series(patient, kind);
    }

    static String series(PatientId patient, VitalKind kind) {
        return patient.asString() + "|" + kind.name();
    }

    @Override
    public String toString() {
        return "StoredVital[" + kind + "]";
    }
}
