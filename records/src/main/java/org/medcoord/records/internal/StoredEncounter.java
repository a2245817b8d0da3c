package org.medcoord.records.internal;

import java.time.Instant;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.EncounterStatus;

/** An encounter as stored; {@code end} and {@code appointment} are null when absent. */
record StoredEncounter(PatientId patient, EncounterClass encounterClass, EncounterStatus status, Instant start, Instant end,
                       String reason, UUID appointment, String openedBy) {

    StoredEncounter finished(Instant at) {
        return new StoredEncounter(patient, encounterClass, EncounterStatus.FINISHED, start, at, reason, appointment, openedBy);
    }

    StoredEncounter movedTo(PatientId survivor) {
        return new StoredEncounter(survivor, encounterClass, status, start, end, reason, appointment, openedBy);
    }

    @Override
    public String toString() {
        return "StoredEncounter[" + status + "]";
    }
}
