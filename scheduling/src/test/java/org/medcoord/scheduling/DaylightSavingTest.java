package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The DST policy of {@link AvailabilityService}: a local start in the spring-forward gap moves forward,
 * an ambiguous local start in the fall-back overlap yields two distinct slots.
 */
class DaylightSavingTest {

    private Clinic clinic;

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private List<Instant> slotStarts(String zone, LocalDate day, LocalTime opens, LocalTime closes, Duration step) {
        clinic = new Clinic(day.minusDays(7).atStartOfDay(ZoneId.of("UTC")).toInstant());
        Resource therapist = clinic.resource(ResourceKind.PRACTITIONER, "Therapist", ZoneId.of(zone));
        clinic.availability.addTemplate(clinic.desk, NewAvailabilityTemplate.daily(therapist.id(), day.minusDays(3), opens, closes));
        ServiceType session = clinic.catalog.define(clinic.desk, NewServiceType.of("Session", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("therapist", List.of(therapist.id())))));
        ZoneId z = ZoneId.of(zone);
        SlotQuery query = SlotQuery.of(session.id(), day.atStartOfDay(z).toInstant(), day.plusDays(1).atStartOfDay(z).toInstant(), 100)
                .stepping(step);
        return clinic.slots.find(clinic.desk, query).stream().map(Slot::start).toList();
    }

    private static List<Instant> utc(String... times) {
        return java.util.Arrays.stream(times).map(Instant::parse).toList();
    }

    @Test
    void newYorkSpringForwardMovesStartsInTheGapForwardWithoutDuplicates() {
        // 2026-03-08: 02:00 EST jumps to 03:00 EDT; 02:00 and 02:30 do not exist
        assertThat(slotStarts("America/New_York", LocalDate.of(2026, 3, 8), LocalTime.of(1, 0), LocalTime.of(5, 0), Duration.ofMinutes(30)))
                .containsExactlyElementsOf(utc("2026-03-08T06:00:00Z", "2026-03-08T06:30:00Z", "2026-03-08T07:00:00Z",
                        "2026-03-08T07:30:00Z", "2026-03-08T08:00:00Z", "2026-03-08T08:30:00Z"));
    }

    @Test
    void newYorkOpeningHoursThatStartInTheGapOpenAfterIt() {
        // opening at 02:30 on the spring-forward day means 03:30 EDT
        assertThat(slotStarts("America/New_York", LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), LocalTime.of(4, 30), Duration.ofMinutes(30)))
                .containsExactlyElementsOf(utc("2026-03-08T07:30:00Z", "2026-03-08T08:00:00Z"));
    }

    @Test
    void newYorkFallBackGivesTheRepeatedHourTwoDistinctSlots() {
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:00 is lived twice
        assertThat(slotStarts("America/New_York", LocalDate.of(2026, 11, 1), LocalTime.of(0, 0), LocalTime.of(3, 0), Duration.ofHours(1)))
                .containsExactlyElementsOf(utc("2026-11-01T04:00:00Z", "2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z",
                        "2026-11-01T07:00:00Z"));
    }

    @Test
    void londonSpringForwardSkipsTheMissingHour() {
        // 2026-03-29: 01:00 GMT jumps to 02:00 BST
        assertThat(slotStarts("Europe/London", LocalDate.of(2026, 3, 29), LocalTime.of(0, 30), LocalTime.of(3, 0), Duration.ofMinutes(30)))
                .containsExactlyElementsOf(utc("2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z"));
    }

    @Test
    void lordHoweThirtyMinuteFallBackRepeatsHalfAnHour() {
        // 2026-04-05: 02:00 (+11:00) falls back to 01:30 (+10:30); 01:30 is lived twice
        assertThat(slotStarts("Australia/Lord_Howe", LocalDate.of(2026, 4, 5), LocalTime.of(1, 0), LocalTime.of(3, 0), Duration.ofMinutes(30)))
                .containsExactlyElementsOf(utc("2026-04-04T14:00:00Z", "2026-04-04T14:30:00Z", "2026-04-04T15:00:00Z",
                        "2026-04-04T15:30:00Z", "2026-04-04T16:00:00Z"));
    }

    @Test
    void lordHoweThirtyMinuteSpringForwardMovesTheGapForward() {
        // 2026-10-04: 02:00 (+10:30) jumps to 02:30 (+11:00)
        assertThat(slotStarts("Australia/Lord_Howe", LocalDate.of(2026, 10, 4), LocalTime.of(1, 30), LocalTime.of(3, 30), Duration.ofMinutes(30)))
                .containsExactlyElementsOf(utc("2026-10-03T15:00:00Z", "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z"));
    }

    @Test
    void aUtcPlusThreeClientAskingForTodayGetsItsOwnCalendarDay() {
        // 22:30 UTC on Monday is already 01:30 on Tuesday in Moscow (UTC+3)
        clinic = new Clinic(Instant.parse("2026-11-02T22:30:00Z"));
        Resource doctor = clinic.resource(ResourceKind.PRACTITIONER, "Dr NY", ZoneId.of("America/New_York"));
        clinic.availability.addTemplate(clinic.desk,
                NewAvailabilityTemplate.weekdays(doctor.id(), LocalDate.of(2026, 10, 1), LocalTime.of(9, 0), LocalTime.of(17, 0)));
        ServiceType consult = clinic.catalog.define(clinic.desk, NewServiceType.of("Video consult", Duration.ofHours(1),
                List.of(ResourceRequirement.of("doctor", List.of(doctor.id())))));

        List<Instant> starts = clinic.slots.find(clinic.desk, SlotQuery.today(consult.id(), clinic.clock, ZoneId.of("Europe/Moscow"), 50))
                .stream().map(Slot::start).toList();

        // Tuesday in Moscow is [Mon 21:00Z, Tue 21:00Z): New York's Tuesday 09:00-17:00 EST is 14:00Z-22:00Z,
        // so the last start that ends inside the Moscow day is 20:00Z
        assertThat(starts).containsExactlyElementsOf(utc("2026-11-03T14:00:00Z", "2026-11-03T15:00:00Z", "2026-11-03T16:00:00Z",
                "2026-11-03T17:00:00Z", "2026-11-03T18:00:00Z", "2026-11-03T19:00:00Z", "2026-11-03T20:00:00Z"));
    }
}
