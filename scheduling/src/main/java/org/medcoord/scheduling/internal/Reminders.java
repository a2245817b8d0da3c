package org.medcoord.scheduling.internal;

import java.time.Clock;
import java.time.Instant;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.Reminder;
import org.medcoord.scheduling.ReminderId;
import org.medcoord.scheduling.ReminderRule;
import org.medcoord.scheduling.ReminderStatus;

/** Schedules an appointment's reminders in the transaction that books (or moves) it. */
final class Reminders {

    private Reminders() {
    }

    static void schedule(DataSession s, Clock clock, Appointment appointment) {
        Instant now = s.now();
        for (Versioned<ReminderRule> v : Pages.all(s, Documents.REMINDER_RULE, Criteria.all().eq("kind", "rule"))) {
            ReminderRule rule = v.value();
            Instant due = appointment.start().minus(rule.before());
            if (due.isAfter(now)) {
                ReminderId id = ReminderId.next(clock);
                s.insert(Documents.REMINDER, id.asString(), new Reminder(id, rule.id(), appointment.id(), appointment.patient(),
                        rule.channel(), appointment.start(), due, ReminderStatus.PENDING, 0));
            }
        }
    }
}
