package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * One reminder of one appointment, made when the appointment is booked (or moved).
 *
 * @param id          its id
 * @param rule        the rule that made it
 * @param appointment the appointment
 * @param patient     the patient
 * @param channel     the channel id
 * @param start       the appointment start it reminds of (a moved appointment gets new reminders)
 * @param due         when to send it
 * @param status      where it stands
 * @param attempts    failed sends so far
 * @since 0.1.0
 */
public record Reminder(ReminderId id, ReminderRuleId rule, AppointmentId appointment, PatientId patient, String channel, Instant start,
        Instant due, ReminderStatus status, int attempts) {
    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /** @return a copy in {@code next} status with {@code failures} attempts */
    public Reminder with(ReminderStatus next, int failures) {
        return new Reminder(id, rule, appointment, patient, channel, start, due, next, failures);
    }

    @Override
    public String toString() {
        return "Reminder[" + id + " " + status + "]";
    }
}
