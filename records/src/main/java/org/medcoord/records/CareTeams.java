package org.medcoord.records;

import java.util.List;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.DataCategory;

/**
 * A patient's care team: the practitioners treating them, and the family contacts and caregivers the patient
 * shares parts of the record with. Memberships are never deleted: removing one ends its period, so the team
 * at any past time stays known.
 *
 * <p>The care relationship: while the setting {@value #CARE_RELATIONSHIP_SETTING} is {@code true} (the
 * default), a user whose role is clinician reads a patient's chart (history, notes, encounters, vitals,
 * medications, consents, amendments, exports) only while they are a practitioner of the patient's care team
 * or hold a break-glass grant; otherwise the read is denied ({@code MC-REC-102}) and audited. Demographics
 * stay readable, so that a clinician can find the patient. Set it to {@code false} for clinics where every
 * clinician treats every patient.
 *
 * <p>Changing the team is a consent operation ({@link DataCategory#CONSENT}): it decides who sees the chart.
 *
 * @since 0.1.0
 */
public interface CareTeams {

    /** The setting that turns the care-relationship rule on ({@code true}, the default) or off ({@code false}). */
    String CARE_RELATIONSHIP_SETTING = "medcoord.records.care-relationship-required";

    /**
     * Adds a member.
     *
     * @throws org.medcoord.core.ValidationException {@code MC-REC-100} for a missing or malformed member, role or
     *         period, sharing given to a practitioner, or none given to a family contact or caregiver
     * @throws org.medcoord.core.ConflictException {@code MC-REC-101} when the member already holds that role in force
     */
    CareTeamMember add(AccessContext context, PatientId patient, AddCareTeamMember request);

    /** Replaces what a family contact or caregiver may see. */
    CareTeamMember changeSharing(AccessContext context, CareTeamMemberId member, long expectedVersion, Set<DataCategory> sharing);

    /**
     * Ends a membership now (it stays in {@link #members} with its end).
     *
     * @throws org.medcoord.core.ConflictException {@code MC-REC-103} when it has already ended
     */
    CareTeamMember remove(AccessContext context, CareTeamMemberId member, long expectedVersion);

    /** @return every membership of the patient, past, present and future, in creation order */
    List<CareTeamMember> members(AccessContext context, PatientId patient);

    /**
     * @return true when {@code member} is a family contact or caregiver in force now whom the patient lets see
     *         {@code category}
     */
    boolean mayShare(AccessContext context, PatientId patient, String member, DataCategory category);
}
