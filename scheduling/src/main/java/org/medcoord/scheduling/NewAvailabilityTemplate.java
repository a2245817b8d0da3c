package org.medcoord.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A request to add recurring opening hours to a resource; checked as a whole by
 * {@link AvailabilityService#addTemplate}.
 *
 * @param resource a registered resource
 * @param firstDay the first date
 * @param opens    local opening time
 * @param closes   local closing time, after {@code opens}
 * @param rrule    an RFC 5545 RRULE value
 * @since 0.1.0
 */
public record NewAvailabilityTemplate(ResourceId resource, LocalDate firstDay, LocalTime opens, LocalTime closes, String rrule) {

    /** @return opening hours on every weekday (Monday to Friday) from {@code firstDay} */
    public static NewAvailabilityTemplate weekdays(ResourceId resource, LocalDate firstDay, LocalTime opens, LocalTime closes) {
        return new NewAvailabilityTemplate(resource, firstDay, opens, closes, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    }

    /** @return opening hours on every day from {@code firstDay} */
    public static NewAvailabilityTemplate daily(ResourceId resource, LocalDate firstDay, LocalTime opens, LocalTime closes) {
        return new NewAvailabilityTemplate(resource, firstDay, opens, closes, "FREQ=DAILY");
    }
}
