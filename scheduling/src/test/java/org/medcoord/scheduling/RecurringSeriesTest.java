package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class RecurringSeriesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant TUESDAY_NINE_EDT = Instant.parse("2026-10-20T13:00:00Z");

    private final Clinic clinic = new Clinic(Instant.parse("2026-10-19T12:00:00Z"));
    private Resource therapist;
    private ServiceType physio;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());

    @BeforeEach
    void setUp() {
        therapist = clinic.resource(ResourceKind.PRACTITIONER, "Physio Pat");
        physio = clinic.catalog.define(clinic.desk, NewServiceType.of("Physiotherapy", Duration.ofMinutes(45),
                List.of(ResourceRequirement.of("therapist", List.of(therapist.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private BookingRequest physio(PatientId patient, Instant start) {
        return BookingRequest.of(patient, physio.id(), start, Map.of("therapist", therapist.id()));
    }

    @Test
    void aWeeklySeriesOfTenIsBookedAtTheSameLocalTimeAcrossTheClockChange() {
        List<Appointment> series = clinic.appointments.bookSeries(clinic.desk, physio(ana, TUESDAY_NINE_EDT), Period.ofWeeks(1), 10);

        assertThat(series).hasSize(10).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(a.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        });
        // New York falls back on 1 November: 09:00 EST is an hour later in UTC
        assertThat(series.get(1).start()).isEqualTo(Instant.parse("2026-10-27T13:00:00Z"));
        assertThat(series.get(2).start()).isEqualTo(Instant.parse("2026-11-03T14:00:00Z"));
        assertThat(clinic.events(AppointmentBooked.class)).hasSize(10);
    }

    @Test
    void aSeriesWithCollidingOccurrencesBooksNoneAndReportsEachCollision() {
        PatientId ben = PatientId.next(clinic.clock);
        clinic.appointments.book(clinic.desk, physio(ben, Instant.parse("2026-11-10T14:30:00Z"))); // occurrence 3, 09:30 EST
        clinic.appointments.book(clinic.desk, physio(ben, Instant.parse("2026-12-08T14:00:00Z"))); // occurrence 7
        clinic.events.clear();

        assertThatThrownBy(() -> clinic.appointments.bookSeries(clinic.desk, physio(ana, TUESDAY_NINE_EDT), Period.ofWeeks(1), 10))
                .isInstanceOfSatisfying(SeriesConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(SchedulingCodes.SERIES_CONFLICT);
                    assertThat(e.conflicts()).extracting(OccurrenceConflict::index, OccurrenceConflict::code).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, SchedulingCodes.RESOURCE_FULL),
                            org.assertj.core.groups.Tuple.tuple(7, SchedulingCodes.RESOURCE_FULL));
                });

        assertThat(clinic.appointments.forPatient(clinic.desk, ana, TUESDAY_NINE_EDT.minus(Duration.ofDays(1)),
                TUESDAY_NINE_EDT.plus(Duration.ofDays(80)))).isEmpty();
        assertThat(clinic.events(AppointmentBooked.class)).isEmpty();
    }

    @Test
    void occurrencesPastTheHorizonAndABadCountAreReportedTogether() {
        ServiceType shortHorizon = clinic.catalog.define(clinic.desk, NewServiceType.of("Short", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("therapist", List.of(therapist.id())))).withWindow(Duration.ZERO, Duration.ofDays(20)));
        BookingRequest first = BookingRequest.of(ana, shortHorizon.id(), TUESDAY_NINE_EDT, Map.of("therapist", therapist.id()));

        assertThatThrownBy(() -> clinic.appointments.bookSeries(clinic.desk, first, Period.ofWeeks(1), 4))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("occurrences[3].start"));
        assertThatThrownBy(() -> clinic.appointments.bookSeries(clinic.desk, first, Period.ZERO, 60))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.SERIES, SchedulingCodes.SERIES));
    }
}
