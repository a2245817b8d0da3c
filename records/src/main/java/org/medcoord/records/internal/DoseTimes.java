package org.medcoord.records.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.medcoord.records.Frequency;

/**
 * Expands an order's frequency into due instants, with the DST policy {@link Frequency} documents:
 * intervals count elapsed time; times of day follow the zone's wall clock, where
 * {@link ZonedDateTime#of} moves a time in a spring-forward gap later by the gap's length and picks the
 * earlier offset of a time that occurs twice, so it is given once.
 */
final class DoseTimes {

    private DoseTimes() {
    }

    /** @return the due instants in {@code [from, to)} that are also in {@code [start, stop)}, ascending */
    static List<Instant> between(Frequency frequency, ZoneId zone, Instant start, Instant stop, Instant from, Instant to) {
        Instant lower = from.isAfter(start) ? from : start;
        Instant upper = stop != null && stop.isBefore(to) ? stop : to;
        List<Instant> due = new ArrayList<>();
        if (!lower.isBefore(upper)) {
            return due;
        }
        switch (frequency.kind()) {
            case INTERVAL -> {
                Duration step = Duration.ofHours(frequency.intervalHours());
                long skipped = Duration.between(start, lower).toMillis() / step.toMillis();
                for (Instant t = start.plus(step.multipliedBy(skipped)); t.isBefore(upper); t = t.plus(step)) {
                    if (!t.isBefore(lower)) {
                        due.add(t);
                    }
                }
            }
            case TIMES_OF_DAY -> {
                LocalDate last = upper.atZone(zone).toLocalDate();
                for (LocalDate day = lower.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
                    for (LocalTime time : frequency.times()) {
                        Instant t = ZonedDateTime.of(day, time, zone).toInstant();
                        if (!t.isBefore(lower) && t.isBefore(upper)) {
                            due.add(t);
                        }
                    }
                }
            }
            case AS_NEEDED -> {
                // no schedule: PRN doses are recorded when given
            }
        }
        return due;
    }
}
