package org.medcoord.billing.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A claim status inquiry (X12 276 semantics).
 *
 * @param payerId       the X12 payer id
 * @param controlNumber the claim control number sent on the claim
 * @param trackingId    the tracking id of the {@link SubmissionReceipt}, when there was one
 * @since 0.1.0
 */
public record ClaimStatusRequest(String payerId, String controlNumber, Optional<String> trackingId) {
    /** Checks the components are present. */
    public ClaimStatusRequest {
        Objects.requireNonNull(payerId, "payerId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(trackingId, "trackingId");
    }
}
