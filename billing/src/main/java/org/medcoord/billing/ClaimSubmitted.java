package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A claim was handed to its payer adapter. Carries ids and codes, never PHI.
 *
 * @param claim      the claim
 * @param patient    the patient
 * @param payer      the payer
 * @param trackingId the payer's tracking id
 * @since 0.1.0
 */
public record ClaimSubmitted(ClaimId claim, PatientId patient, PayerId payer, String trackingId) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.claim-submitted";

    /** Checks the components are present. */
    public ClaimSubmitted {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(trackingId, "trackingId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
