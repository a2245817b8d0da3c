package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An admitted patient moved to another bed. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record PatientTransferred(AdmissionId admission, PatientId patient, ResourceId fromBed, ResourceId toBed, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.patient-transferred";

    @Override
    public String type() {
        return TYPE;
    }
}
