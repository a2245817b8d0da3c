package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An open charge was voided and its ledger line reversed. Carries ids and codes, never PHI.
 *
 * @param charge  the charge
 * @param patient the patient
 * @since 0.1.0
 */
public record ChargeVoided(ChargeId charge, PatientId patient) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.charge-voided";

    /** Checks the components are present. */
    public ChargeVoided {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(patient, "patient");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
