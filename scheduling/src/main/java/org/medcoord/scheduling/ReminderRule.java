package org.medcoord.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * Reminds patients of booked appointments a fixed time before they start, through one channel.
 *
 * @param id                 its id
 * @param before             how long before the start (for example 48 hours, or 2 hours)
 * @param channel            the {@link org.medcoord.scheduling.spi.NotificationChannel} id
 * @param includeServiceName whether the message may name the service type (off by default: a service
 *                           name can reveal a condition)
 * @since 0.1.0
 */
public record ReminderRule(ReminderRuleId id, Duration before, String channel, boolean includeServiceName) {
    public ReminderRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(channel, "channel");
    }
}
