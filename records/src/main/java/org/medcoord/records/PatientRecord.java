package org.medcoord.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A patient's whole record, as exported for the HIPAA right of access.
 *
 * @param patient          demographics and identifiers
 * @param history          every history entry, whatever its status
 * @param encounters       every visit
 * @param notes            every note and addendum
 * @param vitals           every vital sign, per kind oldest first
 * @param medicationOrders every medication order
 * @param administrations  every recorded dose
 * @param amendments       every amendment request and its decision
 * @param consents         every consent directive
 * @param exportedAt       when the export was made
 * @param exportedBy       the user id that made it
 * @since 0.1.0
 */
public record PatientRecord(Patient patient, List<HistoryEntry> history, List<Encounter> encounters, List<ClinicalNote> notes,
                            List<Vital> vitals, List<MedicationOrder> medicationOrders, List<ScheduledDose> administrations,
                            List<Amendment> amendments, List<ConsentDirective> consents, Instant exportedAt, String exportedBy) {
    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        history = List.copyOf(history);
        encounters = List.copyOf(encounters);
        notes = List.copyOf(notes);
        vitals = List.copyOf(vitals);
        medicationOrders = List.copyOf(medicationOrders);
        administrations = List.copyOf(administrations);
        amendments = List.copyOf(amendments);
        consents = List.copyOf(consents);
    }

    /** Prints the id and sizes only. */
    @Override
    public String toString() {
        return "PatientRecord[" + patient.id() + ", " + history.size() + " history entries, " + notes.size() + " notes]";
    }
}
