package org.medcoord.billing;

import java.util.Objects;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A line of a claim not yet submitted was corrected (see {@link ClaimCorrections}). Carries ids and codes, never PHI.
 *
 * @param claim   the claim
 * @param patient the patient
 * @param payer   the payer
 * @param line    the line number
 * @param charge  the charge the line bills (corrected with it)
 * @param reason  the correction's reason code
 * @since 0.1.0
 */
public record ClaimLineCorrected(ClaimId claim, PatientId patient, PayerId payer, int line, ChargeId charge, String reason)
        implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.claim-line-corrected";

    /** Checks the components are present. */
    public ClaimLineCorrected {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
