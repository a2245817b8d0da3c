package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An appointment was booked (directly or by confirming a hold). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AppointmentBooked(AppointmentId appointment, PatientId patient, ServiceTypeId serviceType, Instant start, Instant end, List<ResourceId> resources) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-booked";

    @Override
    public String type() {
        return TYPE;
    }
}
