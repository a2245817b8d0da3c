package org.medcoord.scheduling.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The written DST policy (see {@code AvailabilityService}): how a local date-time in a resource's
 * zone becomes instants.
 */
final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * @return every instant {@code local} denotes: none is impossible; a gap time is moved forward by
     *         the gap's length (one instant); an overlap time yields both instants, earlier first
     */
    static List<Instant> instants(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            // ZonedDateTime.of moves a gap time later by the length of the gap: the policy
            return List.of(ZonedDateTime.of(local, zone).toInstant());
        }
        return offsets.stream().map(o -> local.toInstant(o)).sorted().distinct().toList();
    }

    /** @return the instant a window opening at {@code local} starts: gap moved forward, overlap earlier */
    static Instant windowStart(LocalDateTime local, ZoneId zone) {
        return instants(local, zone).get(0);
    }

    /** @return the instant a window closing at {@code local} ends: gap moved forward, overlap later */
    static Instant windowEnd(LocalDateTime local, ZoneId zone) {
        List<Instant> all = instants(local, zone);
        return all.get(all.size() - 1);
    }
}
