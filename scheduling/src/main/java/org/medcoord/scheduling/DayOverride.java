package org.medcoord.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated exception to a resource's templates: on {@code date} the resource is closed, or open only
 * from {@code opens} to {@code closes}, whatever its templates say. Setting an override for a date
 * that has one replaces it.
 *
 * @param resource the resource
 * @param date     the local date in the resource's zone
 * @param opens    local opening time; empty (with {@code closes}) when closed all day
 * @param closes   local closing time; empty (with {@code opens}) when closed all day
 * @since 0.1.0
 */
public record DayOverride(ResourceId resource, LocalDate date, Optional<LocalTime> opens, Optional<LocalTime> closes) {
    public DayOverride {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(date, "date");
        opens = opens == null ? Optional.empty() : opens;
        closes = closes == null ? Optional.empty() : closes;
    }

    /** @return an override closing the resource all day */
    public static DayOverride closed(ResourceId resource, LocalDate date) {
        return new DayOverride(resource, date, Optional.empty(), Optional.empty());
    }

    /** @return an override opening the resource only from {@code opens} to {@code closes} */
    public static DayOverride open(ResourceId resource, LocalDate date, LocalTime opens, LocalTime closes) {
        return new DayOverride(resource, date, Optional.of(opens), Optional.of(closes));
    }

    /** @return true when the resource is closed all day */
    public boolean isClosed() {
        return opens.isEmpty();
    }
}
