package org.medcoord.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Wait-time figures of one location on one day: from check-in to the clinician.
 *
 * @param location the location
 * @param day      the local date in the location's zone
 * @param seen     patients seen by a clinician that day
 * @param average  their mean wait (zero when nobody was seen)
 * @param longest  the longest wait (zero when nobody was seen)
 * @since 0.1.0
 */
public record WaitTimes(ResourceId location, LocalDate day, int seen, Duration average, Duration longest) {
    public WaitTimes {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(longest, "longest");
    }
}
