package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient was registered. Carries ids only.
 *
 * @since 0.1.0
 */
public record PatientRegistered(PatientId patient, String facility) implements DomainEvent {
    @Override
    public String type() {
        return "records.patient-registered";
    }
}
