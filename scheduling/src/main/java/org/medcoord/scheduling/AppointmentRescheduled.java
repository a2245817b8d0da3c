package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An appointment moved; the previous time and resources are free again. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AppointmentRescheduled(AppointmentId appointment, PatientId patient, Instant previousStart, Instant previousEnd, List<ResourceId> previousResources, Instant start, Instant end, List<ResourceId> resources) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-rescheduled";

    @Override
    public String type() {
        return TYPE;
    }
}
