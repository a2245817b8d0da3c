package org.medcoord.records;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How often a medication is given: every N hours (q8h), at times of day in the patient's zone (BID, TID,
 * QID, daily at 08:00), or as needed (PRN, no schedule).
 *
 * <p>DST policy: interval schedules count elapsed hours from the order's start, so q8h stays 8 real hours
 * apart across a clock change. Times-of-day schedules follow the wall clock of the order's zone: a time
 * that does not exist on a spring-forward day (02:30) is given at the same offset after the gap (03:30);
 * a time that occurs twice on a fall-back day is given once, at its first occurrence.
 *
 * @param kind          which kind of schedule
 * @param intervalHours for {@link Kind#INTERVAL}: 1 to 72
 * @param times         for {@link Kind#TIMES_OF_DAY}: the wall-clock times, sorted, distinct
 * @since 0.1.0
 */
public record Frequency(Kind kind, int intervalHours, List<LocalTime> times) {

    /** Which kind of schedule. */
    public enum Kind { INTERVAL, TIMES_OF_DAY, AS_NEEDED }

    public Frequency {
        Objects.requireNonNull(kind, "kind");
        times = times == null ? List.of() : times.stream().distinct().sorted().toList();
    }

    /** @return every {@code hours} hours (q{@code hours}h) */
    public static Frequency everyHours(int hours) {
        return new Frequency(Kind.INTERVAL, hours, List.of());
    }

    /** @return at these wall-clock times every day */
    public static Frequency dailyAt(LocalTime... times) {
        return new Frequency(Kind.TIMES_OF_DAY, 0, List.of(times));
    }

    /** @return as needed: no scheduled doses */
    public static Frequency asNeeded() {
        return new Frequency(Kind.AS_NEEDED, 0, List.of());
    }

    /**
     * Reads the common abbreviations: {@code q<N>h}, {@code daily} (09:00), {@code BID} (09:00, 21:00),
     * {@code TID} (09:00, 14:00, 21:00), {@code QID} (09:00, 13:00, 17:00, 21:00), {@code PRN}. Clinics with
     * other standard times use {@link #dailyAt}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Frequency parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
        if (t.matches("Q\\d{1,2}H")) {
            return everyHours(Integer.parseInt(t.substring(1, t.length() - 1)));
        }
        return switch (t) {
            case "DAILY", "QD" -> dailyAt(LocalTime.of(9, 0));
            case "BID" -> dailyAt(LocalTime.of(9, 0), LocalTime.of(21, 0));
            case "TID" -> dailyAt(LocalTime.of(9, 0), LocalTime.of(14, 0), LocalTime.of(21, 0));
            case "QID" -> dailyAt(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(17, 0), LocalTime.of(21, 0));
            case "PRN" -> asNeeded();
            default -> throw new IllegalArgumentException("unknown frequency; use qNh, daily, BID, TID, QID or PRN");
        };
    }
}
