package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An appointment moved along its life (arrived, fulfilled, noshow, entered-in-error). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AppointmentStatusChanged(AppointmentId appointment, PatientId patient, AppointmentStatus from, AppointmentStatus to, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-status-changed";

    @Override
    public String type() {
        return TYPE;
    }
}
