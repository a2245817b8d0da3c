package org.medcoord.records;

/**
 * What a member is to the patient.
 *
 * @since 0.1.0
 */
public enum CareTeamRole {
    /** A clinician treating the patient: being one puts the patient in the clinician's care relationship. */
    PRACTITIONER,
    /** A relative or friend the patient names; sees only the categories the patient shares. */
    FAMILY_CONTACT,
    /** A paid or informal carer; sees only the categories the patient shares. */
    CAREGIVER
}
