package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An appointment was cancelled and its time freed (the reason stays with the appointment). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AppointmentCancelled(AppointmentId appointment, PatientId patient, ServiceTypeId serviceType, Instant start, Instant end, List<ResourceId> resources) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-cancelled";

    @Override
    public String type() {
        return TYPE;
    }
}
