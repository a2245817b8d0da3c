package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A draft claim was built from charges. Carries ids and codes, never PHI.
 *
 * @param claim   the claim
 * @param patient the patient
 * @param payer   the payer billed
 * @param order   primary, secondary or tertiary
 * @since 0.1.0
 */
public record ClaimCreated(ClaimId claim, PatientId patient, PayerId payer, CoverageOrder order) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.claim-created";

    /** Checks the components are present. */
    public ClaimCreated {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(order, "order");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
