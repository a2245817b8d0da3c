package org.medcoord.scheduling;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A preferred part of the day ("mornings", "after 16:00"), in the local time of the resource filling
 * the service type's first role.
 *
 * @param from earliest local start (inclusive)
 * @param to   latest local start (exclusive), after {@code from}
 * @since 0.1.0
 */
public record TimeOfDay(LocalTime from, LocalTime to) {
    public TimeOfDay {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a time of day ends after it starts");
        }
    }

    /** @return 06:00 to 12:00 */
    public static TimeOfDay morning() {
        return new TimeOfDay(LocalTime.of(6, 0), LocalTime.NOON);
    }

    /** @return 12:00 to 18:00 */
    public static TimeOfDay afternoon() {
        return new TimeOfDay(LocalTime.NOON, LocalTime.of(18, 0));
    }

    /** @return true when a local start at {@code time} is inside */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }
}
