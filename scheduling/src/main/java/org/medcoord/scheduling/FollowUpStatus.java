package org.medcoord.scheduling;

/**
 * Where a follow-up request stands.
 *
 * @since 0.1.0
 */
public enum FollowUpStatus {
    /** Not booked yet. */
    OPEN,
    /** An appointment of the requested service type was booked for the patient in the due window. */
    BOOKED,
    /** No longer needed. */
    CANCELLED
}
