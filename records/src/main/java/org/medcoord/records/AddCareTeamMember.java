package org.medcoord.records;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.access.DataCategory;

/**
 * A request to add someone to a patient's care team. Build one with {@link #practitioner},
 * {@link #familyContact} or {@link #caregiver}, then optionally {@link #during}.
 *
 * @param member  the member's user id (1 to 128 characters); never a name
 * @param role    what the member is to the patient
 * @param sharing the categories a family contact or caregiver may see; empty for a practitioner
 * @param from    when the membership starts; empty means now
 * @param until   when it ends (exclusive); empty means open-ended
 * @since 0.1.0
 */
public record AddCareTeamMember(String member, CareTeamRole role, Set<DataCategory> sharing, Optional<Instant> from,
                                Optional<Instant> until) {

    public AddCareTeamMember {
        sharing = sharing == null ? Set.of() : Set.copyOf(sharing);
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
    }

    /** A treating clinician, from now on. */
    public static AddCareTeamMember practitioner(String userId) {
        return new AddCareTeamMember(userId, CareTeamRole.PRACTITIONER, Set.of(), Optional.empty(), Optional.empty());
    }

    /** A family contact who may see {@code sharing}, from now on. */
    public static AddCareTeamMember familyContact(String memberId, Set<DataCategory> sharing) {
        return new AddCareTeamMember(memberId, CareTeamRole.FAMILY_CONTACT, sharing, Optional.empty(), Optional.empty());
    }

    /** A caregiver who may see {@code sharing}, from now on. */
    public static AddCareTeamMember caregiver(String memberId, Set<DataCategory> sharing) {
        return new AddCareTeamMember(memberId, CareTeamRole.CAREGIVER, sharing, Optional.empty(), Optional.empty());
    }

    /** @return this request for the period {@code [from, until)}; a null {@code until} is open-ended */
    public AddCareTeamMember during(Instant from, Instant until) {
        return new AddCareTeamMember(member, role, sharing, Optional.ofNullable(from), Optional.ofNullable(until));
    }
}
