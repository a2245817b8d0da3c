package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A coverage was added or ended. Carries ids and codes, never PHI.
 *
 * @param coverage the coverage
 * @param patient  the patient
 * @since 0.1.0
 */
public record CoverageChanged(CoverageId coverage, PatientId patient) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.coverage-changed";

    /** Checks the components are present. */
    public CoverageChanged {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(patient, "patient");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
