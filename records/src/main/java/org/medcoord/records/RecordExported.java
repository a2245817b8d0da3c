package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient's whole record was exported. Carries ids only.
 *
 * @since 0.1.0
 */
public record RecordExported(PatientId patient, String exportedBy) implements DomainEvent {
    @Override
    public String type() {
        return "records.record-exported";
    }
}
