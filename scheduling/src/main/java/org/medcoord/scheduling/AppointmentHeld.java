package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A hold was placed; it takes capacity until {@code holdExpires}. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AppointmentHeld(AppointmentId appointment, PatientId patient, ServiceTypeId serviceType, Instant start, Instant end, List<ResourceId> resources, Instant holdExpires) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.appointment-held";

    @Override
    public String type() {
        return TYPE;
    }
}
