package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A vital sign was charted, with its flag (so a workflow can react to a HIGH reading without reading the value).
 *
 * @since 0.1.0
 */
public record VitalRecorded(PatientId patient, ObservationId observation, VitalKind kind, VitalFlag flag) implements DomainEvent {
    @Override
    public String type() {
        return "records.vital-recorded";
    }
}
