package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 271 answer for one subscriber, summarised from its EB segments. PHI: {@link #toString()} is redacted.
 *
 * <p>{@code active} is true when an EB01 of 1..5 (active coverage) is present and no EB01 of 6..8
 * (inactive);
 * {@code copay} is the first EB01=B amount (in network preferred), {@code deductibleRemaining} the first
 * EB01=C amount with EB06=29 (remaining), {@code outOfPocketRemaining} the first EB01=G amount with
 * EB06=29; each is {@code null} when the payer did not say.
 *
 * @param traceNumber          TRN02 echoed from the 270, or {@code null}
 * @param payer                loop 2100A
 * @param memberId             loop 2100C NM109
 * @param asOf                 DTP*291/307/346 at subscriber level (the date the answer is for), or
 *                             {@code null}
 * @param active               whether the subscriber is covered on that date
 * @param planName             EB05 of the active coverage, or REF*18/N1 plan name, or {@code null}
 * @param copay                USD, or {@code null}
 * @param deductibleRemaining  USD, or {@code null}
 * @param outOfPocketRemaining USD, or {@code null}
 * @param benefits             every EB segment, in order
 * @since 0.1.0
 */
public record EligibilityResponse(
        String traceNumber,
        ClaimPayer payer,
        String memberId,
        LocalDate asOf,
        boolean active,
        String planName,
        BigDecimal copay,
        BigDecimal deductibleRemaining,
        BigDecimal outOfPocketRemaining,
        List<EligibilityBenefit> benefits) {

    /**
     * Copies the list; {@code null} becomes empty.
     *
     * @param traceNumber the {@code traceNumber} component
     * @param payer the {@code payer} component
     * @param memberId the {@code memberId} component
     * @param asOf the {@code asOf} component
     * @param active the {@code active} component
     * @param planName the {@code planName} component
     * @param copay the {@code copay} component
     * @param deductibleRemaining the {@code deductibleRemaining} component
     * @param outOfPocketRemaining the {@code outOfPocketRemaining} component
     * @param benefits the {@code benefits} component
     */
    public EligibilityResponse {
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
    }

    /** @return a form without PHI */
    @Override
    public String toString() {
        return "EligibilityResponse[" + traceNumber + ", active=" + active + "]";
    }
}
