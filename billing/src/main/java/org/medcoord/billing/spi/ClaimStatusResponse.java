package org.medcoord.billing.spi;

import java.util.List;
import java.util.Objects;
import org.medcoord.billing.ClaimStatus;

/**
 * A payer's answer to a claim status inquiry (X12 277 semantics), mapped to the claim lifecycle.
 *
 * @param status  the claim's status at the payer: submitted (received, pending), accepted, rejected, paid,
 *                partially paid or denied
 * @param reasons the payer's reason codes, no PHI
 * @since 0.1.0
 */
public record ClaimStatusResponse(ClaimStatus status, List<String> reasons) {
    /** Checks the components are present and copies the reasons. */
    public ClaimStatusResponse {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }
}
