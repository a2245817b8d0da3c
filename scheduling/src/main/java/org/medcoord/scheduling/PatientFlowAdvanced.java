package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient moved on in the clinic (roomed, with the clinician, checked out). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record PatientFlowAdvanced(AppointmentId appointment, PatientId patient, FlowStage stage, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.patient-flow-advanced";

    @Override
    public String type() {
        return TYPE;
    }
}
