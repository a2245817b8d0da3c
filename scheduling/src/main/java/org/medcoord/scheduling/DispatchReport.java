package org.medcoord.scheduling;

/**
 * What one {@link ReminderService#dispatchDue} run did.
 *
 * @param sent    reminders delivered to their channel
 * @param skipped reminders dropped because their appointment is no longer booked at that time
 * @param failed  reminders whose channel threw (retried later, up to three attempts)
 * @since 0.1.0
 */
public record DispatchReport(int sent, int skipped, int failed) {
}
