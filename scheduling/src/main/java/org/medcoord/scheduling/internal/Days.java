package org.medcoord.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.medcoord.scheduling.ResourceId;

/**
 * Composite index keys {@code <resource>|<UTC date>}: an interval is indexed under every UTC day it
 * touches, so two intervals that overlap always share at least one key.
 */
final class Days {

    private Days() {
    }

    static List<String> keys(ResourceId resource, Instant from, Instant to) {
        List<String> keys = new ArrayList<>();
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        // the interval is half-open: an end at midnight does not touch the next day
        LocalDate last = LocalDate.ofInstant(to.isAfter(from) ? to.minusNanos(1) : from, ZoneOffset.UTC);
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            keys.add(key(resource, d));
        }
        return keys;
    }

    static String key(ResourceId resource, LocalDate utcDate) {
        return resource.asString() + "|" + utcDate;
    }
}
