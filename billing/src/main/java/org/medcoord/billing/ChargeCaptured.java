package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A charge was captured (and posted to the patient's ledger). Carries ids and codes, never PHI.
 *
 * @param charge    the charge
 * @param patient   the patient
 * @param encounter the opaque encounter id it is linked to, if any
 * @since 0.1.0
 */
public record ChargeCaptured(ChargeId charge, PatientId patient, Optional<String> encounter) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.charge-captured";

    /** Checks the components are present. */
    public ChargeCaptured {
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
