package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A follow-up request was fulfilled by a booking. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record FollowUpBooked(FollowUpId followUp, PatientId patient, AppointmentId appointment, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.follow-up-booked";

    @Override
    public String type() {
        return TYPE;
    }
}
