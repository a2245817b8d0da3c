package org.medcoord.billing.spi;

import java.util.Objects;
import org.medcoord.billing.Claim;

/**
 * One claim handed to a payer adapter.
 *
 * @param idempotencyKey the caller's key for this submission: MedCoord never calls the adapter twice with
 *                       it after a success; an adapter whose transport can repeat a request passes it on
 *                       so the payer can drop duplicates
 * @param payerId        the X12 payer id
 * @param interchange    the claim as an X12 5010 837P interchange (ASCII bytes)
 * @param claim          the structured view of the same claim
 * @since 0.1.0
 */
public record ClaimSubmission(String idempotencyKey, String payerId, byte[] interchange, Claim claim) {
    /** Checks the components are present and copies the interchange. */
    public ClaimSubmission {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payerId, "payerId");
        interchange = interchange.clone();
        Objects.requireNonNull(claim, "claim");
    }

    /** @return a copy of the interchange bytes */
    @Override
    public byte[] interchange() {
        return interchange.clone();
    }

    /** Prints the key, payer and claim id only: the interchange carries PHI. */
    @Override
    public String toString() {
        return "ClaimSubmission[" + idempotencyKey + " " + payerId + " claim " + claim.id() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimSubmission s && s.idempotencyKey.equals(idempotencyKey) && s.payerId.equals(payerId)
                && java.util.Arrays.equals(s.interchange, interchange) && s.claim.equals(claim);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idempotencyKey, payerId, java.util.Arrays.hashCode(interchange), claim);
    }
}
