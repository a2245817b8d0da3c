package org.medcoord.fhir;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.billing.Claim;
import org.medcoord.billing.PostedClaimPayment;

/**
 * A claim with the payment posted against it from a remittance: what an ExplanationOfBenefit describes.
 *
 * @param claim   the claim as billed
 * @param payment what the payer paid, what the patient owes and what was written off
 * @param posted  when the remittance was posted
 * @since 0.1.0
 */
public record Adjudication(Claim claim, PostedClaimPayment payment, Instant posted) {
    public Adjudication {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(posted, "posted");
    }
}
