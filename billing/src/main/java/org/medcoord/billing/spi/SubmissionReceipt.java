package org.medcoord.billing.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * What a payer (or clearinghouse) answered when it took a claim.
 *
 * @param trackingId the payer's or clearinghouse's id for the submission
 * @param message    a short message without PHI, if any
 * @since 0.1.0
 */
public record SubmissionReceipt(String trackingId, Optional<String> message) {
    /** Checks the components are present. */
    public SubmissionReceipt {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(message, "message");
    }
}
