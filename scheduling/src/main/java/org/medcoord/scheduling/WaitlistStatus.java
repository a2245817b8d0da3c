package org.medcoord.scheduling;

/**
 * Where a waitlist entry stands.
 *
 * @since 0.1.0
 */
public enum WaitlistStatus {
    /** Waiting for freed time. */
    WAITING,
    /** An offer is open; the entry gets no other offer meanwhile. */
    OFFERED,
    /** An offer was accepted: the patient is booked. */
    BOOKED,
    /** Taken off the list (by staff, or because its window has passed). */
    CLOSED
}
