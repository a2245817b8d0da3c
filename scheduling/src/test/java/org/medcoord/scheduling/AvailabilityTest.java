package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class AvailabilityTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 3);

    private final Clinic clinic = new Clinic();
    private Resource doctor;
    private ServiceType consult;

    @BeforeEach
    void setUp() {
        doctor = clinic.resource(ResourceKind.PRACTITIONER, "Dr Day");
        // Mondays, Wednesdays, Fridays 09:00-12:00 and Tuesdays 13:00-17:00, New York time
        clinic.availability.addTemplate(clinic.desk, new NewAvailabilityTemplate(doctor.id(), LocalDate.of(2026, 10, 1),
                LocalTime.of(9, 0), LocalTime.of(12, 0), "FREQ=WEEKLY;BYDAY=MO,WE,FR"));
        clinic.availability.addTemplate(clinic.desk, new NewAvailabilityTemplate(doctor.id(), LocalDate.of(2026, 10, 1),
                LocalTime.of(13, 0), LocalTime.of(17, 0), "FREQ=WEEKLY;BYDAY=TU"));
        consult = clinic.catalog.define(clinic.desk, NewServiceType.of("Consult", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("doctor", List.of(doctor.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    @Test
    void recurringTemplatesExpandToWindowsInTheResourcesZone() {
        List<OpenWindow> windows = clinic.availability.openWindows(clinic.desk, doctor.id(), at(TUESDAY.minusDays(1), 0, 0),
                at(TUESDAY.plusDays(2), 0, 0));

        assertThat(windows).extracting(OpenWindow::date, OpenWindow::start, OpenWindow::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TUESDAY.minusDays(1), at(TUESDAY.minusDays(1), 9, 0), at(TUESDAY.minusDays(1), 12, 0)),
                org.assertj.core.groups.Tuple.tuple(TUESDAY, at(TUESDAY, 13, 0), at(TUESDAY, 17, 0)),
                org.assertj.core.groups.Tuple.tuple(TUESDAY.plusDays(1), at(TUESDAY.plusDays(1), 9, 0), at(TUESDAY.plusDays(1), 12, 0)));
    }

    @Test
    void bookingOutsideOpeningHoursConflictsAndInsideSucceeds() {
        PatientId patient = PatientId.next(clinic.clock);
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                BookingRequest.of(patient, consult.id(), at(TUESDAY, 9, 0), Map.of("doctor", doctor.id()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.RESOURCE_CLOSED));
        // 16:45 + 30 minutes runs past closing
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                BookingRequest.of(patient, consult.id(), at(TUESDAY, 16, 45), Map.of("doctor", doctor.id()))))
                .isInstanceOf(ConflictException.class);

        assertThat(clinic.appointments.book(clinic.desk,
                BookingRequest.of(patient, consult.id(), at(TUESDAY, 16, 30), Map.of("doctor", doctor.id()))).status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aClosedDayOverrideRemovesThatDaysHoursAndAnOpenOneReplacesThem() {
        clinic.availability.setOverride(clinic.desk, DayOverride.closed(doctor.id(), TUESDAY));
        clinic.availability.setOverride(clinic.desk, DayOverride.open(doctor.id(), TUESDAY.plusDays(1), LocalTime.of(7, 0), LocalTime.of(8, 0)));

        List<OpenWindow> windows = clinic.availability.openWindows(clinic.desk, doctor.id(), at(TUESDAY, 0, 0), at(TUESDAY.plusDays(2), 0, 0));

        assertThat(windows).extracting(OpenWindow::start, OpenWindow::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at(TUESDAY.plusDays(1), 7, 0), at(TUESDAY.plusDays(1), 8, 0)));

        // replacing the override of a date reopens it
        clinic.availability.setOverride(clinic.desk, DayOverride.open(doctor.id(), TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0)));
        assertThat(clinic.availability.openWindows(clinic.desk, doctor.id(), at(TUESDAY, 0, 0), at(TUESDAY, 23, 0)))
                .extracting(OpenWindow::start).containsExactly(at(TUESDAY, 10, 0));
    }

    @Test
    void aResourceWithoutTemplatesIsAlwaysOpen() {
        Resource room = clinic.resource(ResourceKind.LOCATION, "Room");
        assertThat(clinic.availability.openWindows(clinic.desk, room.id(), at(TUESDAY, 0, 0), at(TUESDAY, 1, 0)))
                .extracting(OpenWindow::start, OpenWindow::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at(TUESDAY, 0, 0), at(TUESDAY, 1, 0)));
    }

    @Test
    void anUnparseableRuleAndBackwardsHoursAreReportedTogether() {
        assertThatThrownBy(() -> clinic.availability.addTemplate(clinic.desk, new NewAvailabilityTemplate(doctor.id(), TUESDAY,
                LocalTime.of(12, 0), LocalTime.of(9, 0), "FREQ=SOMETIMES")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.OPENING_HOURS, SchedulingCodes.RRULE));
    }

    @Test
    void aTemplateNeverAppliesBeforeItsFirstDay() {
        Resource late = clinic.resource(ResourceKind.PRACTITIONER, "Dr Late", ZoneId.of("Europe/London"));
        clinic.availability.addTemplate(clinic.desk, NewAvailabilityTemplate.daily(late.id(), TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 0)));

        List<OpenWindow> windows = clinic.availability.openWindows(clinic.desk, late.id(), Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-05T00:00:00Z"));

        assertThat(windows).extracting(OpenWindow::date).containsExactly(TUESDAY, TUESDAY.plusDays(1));
    }
}
