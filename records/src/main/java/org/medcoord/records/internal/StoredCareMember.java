package org.medcoord.records.internal;

import java.time.Instant;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.DataCategory;
import org.medcoord.records.CareTeamRole;

/** A care team membership as stored; the member id is kept in the encrypted body only. */
record StoredCareMember(PatientId patient, String member, CareTeamRole role, Set<DataCategory> sharing, Instant from, Instant until,
                        String recordedBy) {

    boolean activeAt(Instant at) {
        return !at.isBefore(from) && (until == null || at.isBefore(until));
    }

    boolean ended(Instant at) {
        return until != null && !at.isBefore(until);
    }

    StoredCareMember endedAt(Instant at, String by) {
        return new StoredCareMember(patient, member, role, sharing, from, at.isBefore(from) ? from : at, by);
    }

    StoredCareMember withSharing(Set<DataCategory> newSharing, String by) {
        return new StoredCareMember(patient, member, role, Set.copyOf(newSharing), from, until, by);
    }

    StoredCareMember movedTo(PatientId survivor) {
        return new StoredCareMember(survivor, member, role, sharing, from, until, recordedBy);
    }

    @Override
    public String toString() {
        return "StoredCareMember[" + role + "]";
    }
}
