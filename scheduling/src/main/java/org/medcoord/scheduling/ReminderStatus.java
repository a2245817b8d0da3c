package org.medcoord.scheduling;

/**
 * Where a reminder stands.
 *
 * @since 0.1.0
 */
public enum ReminderStatus {
    /** Waiting for its time. */
    PENDING,
    /** Claimed by a dispatcher that is sending it. */
    SENDING,
    /** Delivered to the channel. */
    SENT,
    /** Not sent because the appointment was cancelled, moved or is otherwise no longer booked. */
    SKIPPED,
    /** The channel failed three times. */
    FAILED
}
