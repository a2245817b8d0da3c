package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A claim moved from one status to another (scrubbed, accepted, rejected, paid, denied with its reasons, appealed, closed). Carries ids and codes, never PHI.
 *
 * @param claim   the claim
 * @param patient the patient
 * @param payer   the payer
 * @param from    the status before
 * @param to      the status after
 * @param reasons reason codes (CARC, rejection codes); for a denial, why
 * @since 0.1.0
 */
public record ClaimStatusChanged(ClaimId claim, PatientId patient, PayerId payer, ClaimStatus from, ClaimStatus to, List<String> reasons) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.claim-status-changed";

    /** Checks the components are present. */
    public ClaimStatusChanged {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reasons = List.copyOf(reasons);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
