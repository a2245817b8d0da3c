package org.medcoord.coordination;

/**
 * The life of an outgoing referral: sent, scheduled with the receiving provider, report received, closed.
 * Each step may only follow the one before it; a referral may be closed from any step (for example when the
 * patient declines).
 *
 * @since 0.1.0
 */
public enum ReferralStatus {
    /** Sent to the receiving provider. */
    SENT,
    /** The receiving provider booked the patient. */
    SCHEDULED,
    /** The receiving provider's report arrived. */
    REPORT_RECEIVED,
    /** Nothing more to do. */
    CLOSED;

    /** @return true when a referral may move from this status to {@code next} */
    public boolean canMoveTo(ReferralStatus next) {
        return this != CLOSED && (next == CLOSED || next.ordinal() == ordinal() + 1);
    }
}
