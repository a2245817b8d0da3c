package org.medcoord.records;

/**
 * Whether a consent directive is in force (within its dates) or was revoked by the patient.
 *
 * @since 0.1.0
 */
public enum ConsentStatus {
    ACTIVE, REVOKED
}
