package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An admitted patient was discharged. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record PatientDischarged(AdmissionId admission, PatientId patient, ResourceId bed, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.patient-discharged";

    @Override
    public String type() {
        return TYPE;
    }
}
