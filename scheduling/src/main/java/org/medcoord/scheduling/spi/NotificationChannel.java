package org.medcoord.scheduling.spi;

/**
 * A way to reach patients: SMS, e-mail, a portal inbox. Found with {@link java.util.ServiceLoader} or
 * registered on {@code MedCoord.builder().provider(NotificationChannel.class, ...)}; keyed by
 * {@link #id()}, which reminder rules name.
 *
 * <p>Implementations need a public no-arg constructor when discovered, and must be thread-safe:
 * {@link #send} is called by whichever thread runs {@code ReminderService.dispatchDue}, possibly by
 * several at once for different notifications.
 *
 * @since 0.1.0
 */
public interface NotificationChannel {

    /** @return the channel's stable id, for example {@code "sms"} */
    String id();

    /**
     * Delivers one notification. Called at most once per {@link Notification#reference()} by MedCoord,
     * outside any storage transaction.
     *
     * @throws RuntimeException when delivery failed; MedCoord retries the reminder on a later dispatch,
     *         up to three attempts
     */
    void send(Notification notification);
}
