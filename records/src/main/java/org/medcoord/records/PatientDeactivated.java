package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient record was deactivated. Carries ids only.
 *
 * @since 0.1.0
 */
public record PatientDeactivated(PatientId patient) implements DomainEvent {
    @Override
    public String type() {
        return "records.patient-deactivated";
    }
}
