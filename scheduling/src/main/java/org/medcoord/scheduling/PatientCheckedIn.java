package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient checked in for an appointment. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record PatientCheckedIn(AppointmentId appointment, PatientId patient, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.patient-checked-in";

    @Override
    public String type() {
        return TYPE;
    }
}
