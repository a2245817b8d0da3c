package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient was admitted to a bed. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record PatientAdmitted(AdmissionId admission, PatientId patient, ResourceId bed, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.patient-admitted";

    @Override
    public String type() {
        return TYPE;
    }
}
