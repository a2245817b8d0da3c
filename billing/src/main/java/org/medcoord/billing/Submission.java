package org.medcoord.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of submitting a claim with one idempotency key.
 *
 * @param claim          the claim
 * @param idempotencyKey the key
 * @param payerId        the X12 payer id it went to
 * @param adapter        the id of the payer adapter that sent it
 * @param trackingId     the payer's tracking id
 * @param message        the payer's message, if any (no PHI)
 * @param submitted      when the adapter accepted it
 * @since 0.1.0
 */
public record Submission(ClaimId claim, String idempotencyKey, String payerId, String adapter, String trackingId,
                         Optional<String> message, Instant submitted) {
    /** Checks the components are present. */
    public Submission {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(submitted, "submitted");
    }
}
