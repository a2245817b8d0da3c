package org.medcoord.coordination;

/**
 * Why a referral is overdue.
 *
 * @since 0.1.0
 */
public enum ReferralFlag {
    /** Sent more than {@link ReferralService#SCHEDULING_EXPECTED_WITHIN} ago and still not scheduled. */
    NOT_SCHEDULED,
    /** Its appointment took place more than {@link ReferralService#REPORT_EXPECTED_WITHIN} ago and no report arrived. */
    REPORT_MISSING
}
