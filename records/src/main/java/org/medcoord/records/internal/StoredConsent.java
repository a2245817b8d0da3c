package org.medcoord.records.internal;

import java.time.Instant;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.DataCategory;
import org.medcoord.records.ConsentStatus;

/** A disclosure permission as stored; the recipient is kept in the encrypted body only. */
record StoredConsent(PatientId patient, String recipient, Set<DataCategory> categories, Instant from, Instant until,
                     ConsentStatus status, String recordedBy) {

    StoredConsent revoked(Instant at) {
        return new StoredConsent(patient, recipient, categories, from, at.isBefore(until) ? at : until, ConsentStatus.REVOKED, recordedBy);
    }

    StoredConsent movedTo(PatientId survivor) {
        return new StoredConsent(survivor, recipient, categories, from, until, status, recordedBy);
    }

    @Override
    public String toString() {
        return "StoredConsent[" + status + "]";
    }
}
