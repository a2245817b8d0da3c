package org.medcoord.records.internal;

import java.time.Instant;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.records.ConsentStatus;
import org.medcoord.records.SensitiveCategory;

/** A sensitive-access permission as stored. */
record StoredSensitiveGrant(PatientId patient, String userId, Set<SensitiveCategory> categories, Instant from, Instant until,
                            ConsentStatus status, String recordedBy) {

    StoredSensitiveGrant revoked(Instant at) {
        return new StoredSensitiveGrant(patient, userId, categories, from, at.isBefore(until) ? at : until, ConsentStatus.REVOKED, recordedBy);
    }

    StoredSensitiveGrant movedTo(PatientId survivor) {
        return new StoredSensitiveGrant(survivor, userId, categories, from, until, status, recordedBy);
    }

    @Override
    public String toString() {
        return "StoredSensitiveGrant[" + status + "]";
    }
}
