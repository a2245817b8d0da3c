package org.medcoord.scheduling;

/**
 * Where an offer of freed time stands.
 *
 * @since 0.1.0
 */
public enum OfferStatus {
    /** Waiting for the patient's answer; the time is held for them until it expires. */
    OPEN,
    /** Accepted: booked. */
    ACCEPTED,
    /** Declined by the patient; offered to the next entry. */
    DECLINED,
    /** Not answered in time; offered to the next entry. */
    EXPIRED,
    /** Withdrawn because the entry was taken off the list; offered to the next entry. */
    WITHDRAWN
}
