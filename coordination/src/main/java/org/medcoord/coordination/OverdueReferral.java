package org.medcoord.coordination;

import java.util.Objects;

/**
 * A referral that is overdue, and why.
 *
 * @param referral the referral
 * @param flag     why it is overdue
 * @since 0.1.0
 */
public record OverdueReferral(Referral referral, ReferralFlag flag) {
    public OverdueReferral {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(flag, "flag");
    }
}
