package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A reminder reached its notification channel. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record ReminderSent(ReminderId reminder, AppointmentId appointment, PatientId patient, String channel, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.reminder-sent";

    @Override
    public String type() {
        return TYPE;
    }
}
