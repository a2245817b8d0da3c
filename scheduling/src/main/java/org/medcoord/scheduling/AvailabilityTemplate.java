package org.medcoord.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Recurring opening hours of a resource: on every date of an RFC 5545 recurrence rule, from
 * {@code opens} to {@code closes} in the resource's local time.
 *
 * <p>Dates are expanded in the resource's zone; the local times are then turned into instants by the
 * DST policy of {@link AvailabilityService}.
 *
 * @param id       its id
 * @param resource the resource
 * @param firstDay the first date (the rule's DTSTART)
 * @param opens    local opening time
 * @param closes   local closing time, after {@code opens}
 * @param rrule    an RFC 5545 RRULE value, for example {@code FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR}
 * @since 0.1.0
 */
public record AvailabilityTemplate(TemplateId id, ResourceId resource, LocalDate firstDay, LocalTime opens, LocalTime closes,
        String rrule) {
    public AvailabilityTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(rrule, "rrule");
    }
}
