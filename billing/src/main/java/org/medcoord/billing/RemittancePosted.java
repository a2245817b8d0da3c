package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An 835 remittance's claim payment was posted to a claim. Carries ids and codes, never PHI.
 *
 * @param remittance the remittance document's id
 * @param claim      the claim paid
 * @param patient    the patient
 * @param paid       what the payer paid
 * @param patientResponsibility what moved to the patient's ledger
 * @since 0.1.0
 */
public record RemittancePosted(String remittance, ClaimId claim, PatientId patient, Money paid, Money patientResponsibility) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.remittance-posted";

    /** Checks the components are present. */
    public RemittancePosted {
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(patientResponsibility, "patientResponsibility");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
