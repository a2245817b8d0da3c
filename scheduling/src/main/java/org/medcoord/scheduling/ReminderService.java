package org.medcoord.scheduling;

import java.time.Duration;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Reminder rules and their dispatcher. Booking (or confirming, or moving) an appointment schedules one
 * reminder per rule whose time is still ahead; {@link #dispatchDue} sends the due ones through their
 * {@link org.medcoord.scheduling.spi.NotificationChannel}. Thread-safe.
 *
 * <p>Each reminder is sent at most once, even when several dispatchers run at the same time (in one
 * process or many sharing a database): a dispatcher first claims a reminder under a lock in its own
 * transaction, then sends it outside any transaction, then records the outcome. A dispatcher that dies
 * between claim and outcome leaves the reminder claimed and unsent rather than risk sending it twice.
 *
 * @since 0.1.0
 */
public interface ReminderService {

    /**
     * @param before             1 minute to 30 days before the start
     * @param channel            the id of a registered notification channel
     * @param includeServiceName whether messages may name the service type
     * @throws org.medcoord.core.ValidationException for an offset out of range or an unknown channel
     */
    ReminderRule defineRule(AccessContext context, Duration before, String channel, boolean includeServiceName);

    /** @return the reminders of an appointment, by due time */
    List<Reminder> reminders(AccessContext context, AppointmentId appointment);

    /** Sends every reminder due by the clock's now. Call it periodically (every minute is plenty). */
    DispatchReport dispatchDue(AccessContext context);
}
