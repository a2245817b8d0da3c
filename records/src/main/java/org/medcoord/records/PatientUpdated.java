package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient's demographics or identifiers changed; {@code version} is the new version. Carries ids only.
 *
 * @since 0.1.0
 */
public record PatientUpdated(PatientId patient, long version) implements DomainEvent {
    @Override
    public String type() {
        return "records.patient-updated";
    }
}
