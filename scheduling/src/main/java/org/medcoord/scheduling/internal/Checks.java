package org.medcoord.scheduling.internal;

import java.time.Instant;
import org.medcoord.core.Violations;
import org.medcoord.scheduling.SchedulingCodes;

/** Field checks shared by the services; each adds to the caller's violations so all are reported at once. */
final class Checks {

    private Checks() {
    }

    static void text(Violations v, String field, String value, int max, String code, String what) {
        v.addIf(value == null || value.isBlank() || value.length() > max, field, code, what + " must be 1 to " + max + " characters");
    }

    static void interval(Violations v, String field, Instant start, Instant end) {
        if (start == null || end == null) {
            v.add(field, SchedulingCodes.INTERVAL, "both start and end are required");
        } else if (!end.isAfter(start)) {
            v.add(field, SchedulingCodes.INTERVAL, "the end must be after the start");
        }
    }
}
