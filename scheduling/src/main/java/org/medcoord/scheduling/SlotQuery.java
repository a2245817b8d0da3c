package org.medcoord.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * What {@link SlotSearch#find} looks for: the first {@code maxResults} start times of a service type
 * in {@code [from, to)}.
 *
 * @param serviceType what is to be booked
 * @param from        earliest start
 * @param to          latest end
 * @param maxResults  1 to 500
 * @param patient     when given, times that overlap the patient's other appointments are left out
 * @param preferred   for some roles, the only resource to consider (a preferred practitioner, a location)
 * @param step        the distance between candidate starts inside opening hours, in the resource's local
 *                    time; default the service type's duration
 * @param timeOfDay   when given, only starts in this part of the (resource's local) day
 * @since 0.1.0
 */
public record SlotQuery(ServiceTypeId serviceType, Instant from, Instant to, int maxResults, Optional<PatientId> patient,
        Map<String, ResourceId> preferred, Optional<Duration> step, Optional<TimeOfDay> timeOfDay) {
    public SlotQuery {
        patient = patient == null ? Optional.empty() : patient;
        preferred = preferred == null ? Map.of() : Map.copyOf(preferred);
        step = step == null ? Optional.empty() : step;
        timeOfDay = timeOfDay == null ? Optional.empty() : timeOfDay;
    }

    /** @return a query without patient or preferences */
    public static SlotQuery of(ServiceTypeId serviceType, Instant from, Instant to, int maxResults) {
        return new SlotQuery(serviceType, from, to, maxResults, Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
    }

    /**
     * "Today" as the asking client sees it: the calendar day that contains the clock's instant in the
     * client's zone, from its local midnight to the next (a UTC+3 client at 01:30 local asks for the
     * day that is still "yesterday" in UTC).
     */
    public static SlotQuery today(ServiceTypeId serviceType, Clock clock, ZoneId clientZone, int maxResults) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), clientZone);
        return of(serviceType, day.atStartOfDay(clientZone).toInstant(), day.plusDays(1).atStartOfDay(clientZone).toInstant(),
                maxResults);
    }

    /** @return a copy that leaves out the patient's other appointments */
    public SlotQuery forPatient(PatientId value) {
        return new SlotQuery(serviceType, from, to, maxResults, Optional.of(value), preferred, step, timeOfDay);
    }

    /** @return a copy that considers only {@code resource} for {@code role} */
    public SlotQuery preferring(String role, ResourceId resource) {
        var next = new java.util.HashMap<>(preferred);
        next.put(role, resource);
        return new SlotQuery(serviceType, from, to, maxResults, patient, next, step, timeOfDay);
    }

    /** @return a copy with another step between candidate starts */
    public SlotQuery stepping(Duration value) {
        return new SlotQuery(serviceType, from, to, maxResults, patient, preferred, Optional.of(value), timeOfDay);
    }

    /** @return a copy that keeps only starts in {@code part} of the day */
    public SlotQuery during(TimeOfDay part) {
        return new SlotQuery(serviceType, from, to, maxResults, patient, preferred, step, Optional.of(part));
    }

    @Override
    public String toString() {
        return "SlotQuery[" + serviceType + " " + from + ".." + to + "]";
    }
}
