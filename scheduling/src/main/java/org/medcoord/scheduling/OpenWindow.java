package org.medcoord.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One expanded opening of a resource on one local date, as instants.
 *
 * @param resource the resource
 * @param date     the local date it belongs to
 * @param start    first open instant
 * @param end      first closed instant
 * @since 0.1.0
 */
public record OpenWindow(ResourceId resource, LocalDate date, Instant start, Instant end) {
    public OpenWindow {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** @return true when {@code [from, to)} lies inside this window */
    public boolean contains(Instant from, Instant to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
