package org.medcoord.scheduling;

import java.time.Duration;
import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * The practitioner of a later appointment is running late; the patient should expect to be seen later.
 * Carries ids and times only.
 *
 * @param appointment   the later appointment
 * @param patient       its patient
 * @param practitioner  the practitioner running late
 * @param delay         the expected delay
 * @param expectedStart the start plus the delay
 * @since 0.1.0
 */
public record AppointmentRunningLate(AppointmentId appointment, PatientId patient, ResourceId practitioner, Duration delay,
        Instant expectedStart) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-running-late";

    @Override
    public String type() {
        return TYPE;
    }
}
