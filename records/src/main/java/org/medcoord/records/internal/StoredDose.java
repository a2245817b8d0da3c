package org.medcoord.records.internal;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.MedicationOrderId;

/** One recorded administration; {@code reason} is empty unless held or refused. */
record StoredDose(MedicationOrderId order, PatientId patient, Instant dueAt, AdministrationOutcome outcome, String reason, String by,
                  Instant at) {

    StoredDose movedTo(PatientId survivor) {
        return new StoredDose(order, survivor, dueAt, outcome, reason, by, at);
    }

    /** One outcome per dose of an order: the engine's unique key. */
    String doseKey() {
        return order.asString() + "|" + dueAt;
    }

    @Override
    public String toString() {
        return "StoredDose[" + outcome + "]";
    }
}
