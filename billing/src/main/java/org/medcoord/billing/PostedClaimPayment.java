package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import org.medcoord.core.Money;

/**
 * One claim payment of an 835 as posted.
 *
 * @param claim                 the claim
 * @param controlNumber         its claim control number
 * @param status                the claim's status after posting
 * @param paid                  what the payer paid (negative for a reversal)
 * @param patientResponsibility the PR adjustments: what the patient owes for the claim
 * @param writtenOff            the CO, OA, PI and CR adjustments posted as write-offs
 * @param reasons               every adjustment as {@code <group>-<CARC>}, in file order
 * @param reversal              true for a reversal (claim status 22)
 * @since 0.1.0
 */
public record PostedClaimPayment(ClaimId claim, String controlNumber, ClaimStatus status, Money paid, Money patientResponsibility,
                                 Money writtenOff, List<String> reasons, boolean reversal) {
    /** Checks the components are present and copies the reasons. */
    public PostedClaimPayment {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
        Objects.requireNonNull(writtenOff, "writtenOff");
        reasons = List.copyOf(reasons);
    }
}
