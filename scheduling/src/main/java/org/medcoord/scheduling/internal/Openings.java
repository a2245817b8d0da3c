package org.medcoord.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;
import org.medcoord.scheduling.AvailabilityTemplate;
import org.medcoord.scheduling.DayOverride;
import org.medcoord.scheduling.OpenWindow;
import org.medcoord.scheduling.ResourceId;

/**
 * Expands a resource's templates and overrides into open windows. Recurrences are expanded to local
 * dates with ical4j in the resource's zone; local opening hours then become instants by
 * {@link LocalTimes}.
 */
final class Openings {

    private Openings() {
    }

    /** @return null when the rule is valid, else why not (never the rule text itself) */
    static String checkRule(String rrule) {
        try {
            Recur<LocalDate> recur = new Recur<>(rrule);
            recur.getDates(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 8));
            return null;
        } catch (RuntimeException e) {
            return "the RRULE does not parse as RFC 5545 (for example FREQ=WEEKLY;BYDAY=MO,WE)";
        }
    }

    /** @return the local dates in {@code [first, last]} on which {@code template} applies */
    static List<LocalDate> dates(AvailabilityTemplate template, LocalDate first, LocalDate last) {
        if (last.isBefore(template.firstDay())) {
            return List.of();
        }
        Recur<LocalDate> recur = new Recur<>(template.rrule());
        // ical4j's period end is exclusive of later dates; one day of slack then filter exactly
        return recur.getDates(template.firstDay(), first, last.plusDays(1)).stream()
                .filter(d -> !d.isBefore(first) && !d.isAfter(last) && !d.isBefore(template.firstDay()))
                .distinct().sorted().toList();
    }

    /**
     * @return the open windows overlapping {@code [from, to)}, by start; an override replaces every
     *         template on its date
     */
    static List<OpenWindow> windows(ResourceId resource, ZoneId zone, List<AvailabilityTemplate> templates,
            List<DayOverride> overrides, Instant from, Instant to) {
        // a day's hours can reach into the neighbouring UTC days; widen by one local day each side
        LocalDate first = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        Map<LocalDate, DayOverride> byDate = overrides.stream()
                .collect(Collectors.toMap(DayOverride::date, Function.identity(), (a, b) -> b));
        List<OpenWindow> result = new ArrayList<>();
        for (AvailabilityTemplate t : templates) {
            for (LocalDate date : dates(t, first, last)) {
                if (!byDate.containsKey(date)) {
                    add(result, resource, zone, date, t.opens(), t.closes(), from, to);
                }
            }
        }
        for (DayOverride o : byDate.values()) {
            if (!o.isClosed() && !o.date().isBefore(first) && !o.date().isAfter(last)) {
                add(result, resource, zone, o.date(), o.opens().orElseThrow(), o.closes().orElseThrow(), from, to);
            }
        }
        result.sort(Comparator.comparing(OpenWindow::start).thenComparing(OpenWindow::end));
        return List.copyOf(result);
    }

    private static void add(List<OpenWindow> into, ResourceId resource, ZoneId zone, LocalDate date, LocalTime opens,
            LocalTime closes, Instant from, Instant to) {
        Instant start = LocalTimes.windowStart(date.atTime(opens), zone);
        Instant end = LocalTimes.windowEnd(date.atTime(closes), zone);
        if (start.isBefore(to) && from.isBefore(end) && start.isBefore(end)) {
            into.add(new OpenWindow(resource, date, start, end));
        }
    }
}
