package org.medcoord.records.internal;

import org.medcoord.core.PatientId;
import org.medcoord.core.data.DataSession;

/** What every write to a patient's chart does first. */
final class Charts {

    private Charts() {
    }

    /**
     * Locks the patient's chart (a merge takes the same lock, so an entry is either moved by it or refused
     * after it) and checks the patient exists and is active.
     */
    static void openForWriting(DataSession s, PatientId patient) {
        s.lock(PatientDocuments.CHART_LOCK, patient.asString());
        DefaultPatientRegistry.requireActive(patient, DefaultPatientRegistry.load(s, patient).value());
    }

    /** @return true when the patient exists and the caller may see them */
    static boolean visible(DataSession s, PatientId patient) {
        return s.find(PatientDocuments.PATIENT, patient.asString()).filter(p -> Visibility.allows(s.context(), p.value())).isPresent();
    }

    /**
     * Checks the patient exists and the caller may see them (a consent restriction may hide them), so that
     * reading an unknown or hidden patient's chart is NotFound rather than empty.
     */
    static void requireExists(DataSession s, PatientId patient) {
        DefaultPatientRegistry.load(s, patient);
    }
}
