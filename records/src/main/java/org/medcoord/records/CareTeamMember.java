package org.medcoord.records;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.DataCategory;

/**
 * One membership of a patient's care team, for a period.
 *
 * @param id         the membership
 * @param version    its version; changes carry it as the expected version
 * @param patient    whose care team
 * @param member     the member's user id (or, for a contact without an account, the id the caller's
 *                   directory gives them); never a name
 * @param role       what the member is to the patient
 * @param sharing    for family contacts and caregivers, the data categories the patient lets them see;
 *                   empty for practitioners, whose access follows their role
 * @param from       when the membership starts
 * @param until      when it ends, if it does (exclusive)
 * @param recordedBy who last changed it
 * @since 0.1.0
 */
public record CareTeamMember(CareTeamMemberId id, long version, PatientId patient, String member, CareTeamRole role,
                             Set<DataCategory> sharing, Instant from, Optional<Instant> until, String recordedBy) {

    public CareTeamMember {
        sharing = Set.copyOf(sharing);
    }

    /** @return true when the membership is in force at {@code at} */
    public boolean activeAt(Instant at) {
        return !at.isBefore(from) && until.map(at::isBefore).orElse(true);
    }

    @Override
    public String toString() {
        return "CareTeamMember[" + id + ", " + role + "]";
    }
}
