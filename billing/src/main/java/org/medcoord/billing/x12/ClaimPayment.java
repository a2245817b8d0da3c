package org.medcoord.billing.x12;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2100 of an 835: the payer's decision on one claim (CLP, claim-level CAS, service lines).
 *
 * @param claimControlNumber      CLP01, the CLM01 the clinic sent
 * @param statusCode              CLP02: {@code 1} processed as primary, {@code 2} secondary,
 *                                {@code 3} tertiary, {@code 4} denied, {@code 19..21} forwarded,
 *                                {@code 22} reversal of a previous payment, {@code 25} predetermination
 * @param charge                  CLP03, USD
 * @param paid                    CLP04, USD
 * @param patientResponsibility   CLP05, USD, or {@code null}
 * @param payerClaimControlNumber CLP07, or {@code null}
 * @param adjustments             claim-level CAS
 * @param lines                   loop 2110, may be empty
 * @since 0.1.0
 */
public record ClaimPayment(
        String claimControlNumber,
        String statusCode,
        BigDecimal charge,
        BigDecimal paid,
        BigDecimal patientResponsibility,
        String payerClaimControlNumber,
        List<Adjustment> adjustments,
        List<ServicePayment> lines) {

    /** CLP02 of a reversal. */
    public static final String REVERSAL = "22";
    /** CLP02 of a denial. */
    public static final String DENIED = "4";

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param claimControlNumber the {@code claimControlNumber} component
     * @param statusCode the {@code statusCode} component
     * @param charge the {@code charge} component
     * @param paid the {@code paid} component
     * @param patientResponsibility the {@code patientResponsibility} component
     * @param payerClaimControlNumber the {@code payerClaimControlNumber} component
     * @param adjustments the {@code adjustments} component
     * @param lines the {@code lines} component
     */
    public ClaimPayment {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** @return true when CLP02 is 22: this reverses an earlier payment */
    public boolean isReversal() {
        return REVERSAL.equals(statusCode);
    }

    /** @return true when CLP02 is 4: the claim was denied */
    public boolean isDenied() {
        return DENIED.equals(statusCode);
    }
}
