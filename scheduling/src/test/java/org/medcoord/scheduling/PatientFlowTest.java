package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;

class PatientFlowTest {

    private static final Instant NINE = Instant.parse("2026-11-03T14:00:00Z"); // Tuesday 09:00 New York

    private final Clinic clinic = new Clinic();
    private PatientFlowService flow;
    private Resource doctor;
    private Resource clinicFloor;
    private Resource exam1;
    private ServiceType visit;

    @BeforeEach
    void setUp() {
        flow = clinic.medcoord.service(PatientFlowService.class);
        doctor = clinic.resource(ResourceKind.PRACTITIONER, "Dr Flow");
        exam1 = clinic.resource(ResourceKind.LOCATION, "Exam 1");
        clinicFloor = clinic.resources.register(clinic.desk, NewResource.of(ResourceKind.LOCATION, "Family clinic floor",
                java.time.ZoneId.of("America/New_York")).withCapacity(50));
        visit = clinic.catalog.define(clinic.desk, NewServiceType.of("Visit", Duration.ofMinutes(20), List.of(
                ResourceRequirement.of("doctor", List.of(doctor.id())), ResourceRequirement.of("clinic", List.of(clinicFloor.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private Appointment book(Instant start) {
        return clinic.appointments.book(clinic.desk, BookingRequest.of(PatientId.next(clinic.clock), visit.id(), start,
                Map.of("doctor", doctor.id(), "clinic", clinicFloor.id())));
    }

    @Test
    void aVisitMovesFromCheckInToCheckOutAndTheAppointmentFollows() {
        Appointment a = book(NINE);
        clinic.clock.advance(Duration.between(clinic.clock.instant(), NINE.minus(Duration.ofMinutes(10))));

        PatientFlow in = flow.checkIn(clinic.desk, a.id());
        assertThat(in.stage()).isEqualTo(FlowStage.CHECKED_IN);
        assertThat(clinic.appointments.get(clinic.desk, a.id()).status()).isEqualTo(AppointmentStatus.ARRIVED);
        clinic.clock.advance(Duration.ofMinutes(15));
        flow.room(clinic.desk, a.id(), exam1.id());
        clinic.clock.advance(Duration.ofMinutes(10));
        flow.withClinician(clinic.desk, a.id());
        clinic.clock.advance(Duration.ofMinutes(20));
        PatientFlow out = flow.checkOut(clinic.desk, a.id());

        assertThat(out.steps()).extracting(FlowStep::stage)
                .containsExactly(FlowStage.CHECKED_IN, FlowStage.ROOMED, FlowStage.WITH_CLINICIAN, FlowStage.CHECKED_OUT);
        assertThat(out.waitForClinician()).contains(Duration.ofMinutes(25));
        assertThat(clinic.appointments.get(clinic.desk, a.id()).status()).isEqualTo(AppointmentStatus.FULFILLED);
        assertThat(clinic.events(PatientCheckedIn.class)).hasSize(1);
        assertThat(clinic.events(PatientFlowAdvanced.class)).extracting(PatientFlowAdvanced::stage)
                .containsExactly(FlowStage.ROOMED, FlowStage.WITH_CLINICIAN, FlowStage.CHECKED_OUT);
    }

    @Test
    void theBoardShowsWhoWaitsWhereLongestWaitingFirst() {
        Appointment first = book(NINE);
        Appointment second = book(NINE.plus(Duration.ofMinutes(30)));
        Appointment gone = book(NINE.plus(Duration.ofHours(1)));
        clinic.clock.advance(Duration.between(clinic.clock.instant(), NINE));
        flow.checkIn(clinic.desk, second.id());
        clinic.clock.advance(Duration.ofMinutes(5));
        flow.checkIn(clinic.desk, first.id());
        flow.room(clinic.desk, first.id(), exam1.id());
        flow.checkIn(clinic.desk, gone.id());
        flow.checkOut(clinic.desk, gone.id());
        clinic.clock.advance(Duration.ofMinutes(7));

        List<BoardEntry> board = flow.board(clinic.desk, clinicFloor.id());

        assertThat(board).extracting(BoardEntry::appointment, BoardEntry::stage, BoardEntry::waiting).containsExactly(
                org.assertj.core.groups.Tuple.tuple(second.id(), FlowStage.CHECKED_IN, Duration.ofMinutes(12)),
                org.assertj.core.groups.Tuple.tuple(first.id(), FlowStage.ROOMED, Duration.ofMinutes(7)));
        assertThat(board.get(1).room()).contains(exam1.id());
        assertThat(flow.board(clinic.desk, exam1.id())).extracting(BoardEntry::appointment).containsExactly(first.id());
    }

    @Test
    void waitTimesSummariseTheDay() {
        Appointment a = book(NINE);
        Appointment b = book(NINE.plus(Duration.ofMinutes(30)));
        clinic.clock.advance(Duration.between(clinic.clock.instant(), NINE));
        flow.checkIn(clinic.desk, a.id());
        flow.checkIn(clinic.desk, b.id());
        clinic.clock.advance(Duration.ofMinutes(10));
        flow.withClinician(clinic.desk, a.id());
        clinic.clock.advance(Duration.ofMinutes(20));
        flow.withClinician(clinic.desk, b.id());

        WaitTimes figures = flow.waitTimes(clinic.desk, clinicFloor.id(), LocalDate.of(2026, 11, 3));

        assertThat(figures.seen()).isEqualTo(2);
        assertThat(figures.average()).isEqualTo(Duration.ofMinutes(20));
        assertThat(figures.longest()).isEqualTo(Duration.ofMinutes(30));
        assertThat(flow.waitTimes(clinic.desk, clinicFloor.id(), LocalDate.of(2026, 11, 4)).seen()).isZero();
    }

    @Test
    void runningLateTellsThePatientsOfThePractitionersLaterAppointmentsToday() {
        ReminderTest.RecordingChannel sms = new ReminderTest.RecordingChannel();
        try (Clinic late = new Clinic(Clinic.MONDAY_NOON_UTC, Map.of(WaitlistService.PATIENT_CHANNEL_SETTING, "sms"), sms)) {
            Resource dr = late.resource(ResourceKind.PRACTITIONER, "Dr Late");
            Resource other = late.resource(ResourceKind.PRACTITIONER, "Dr OnTime");
            ServiceType consult = late.catalog.define(late.desk, NewServiceType.of("Consult", Duration.ofMinutes(15),
                    List.of(ResourceRequirement.of("doctor", List.of(dr.id(), other.id())))));
            java.util.function.BiFunction<Resource, Instant, Appointment> book = (doc, start) -> late.appointments.book(late.desk,
                    BookingRequest.of(PatientId.next(late.clock), consult.id(), start, Map.of("doctor", doc.id())));
            book.apply(dr, NINE.minus(Duration.ofMinutes(30)));              // earlier: not told
            Appointment a = book.apply(dr, NINE.plus(Duration.ofMinutes(30)));
            Appointment b = book.apply(dr, NINE.plus(Duration.ofHours(2)));
            book.apply(other, NINE.plus(Duration.ofMinutes(30)));             // another practitioner: not told
            book.apply(dr, NINE.plus(Duration.ofDays(1)));                    // tomorrow: not told
            late.clock.advance(Duration.between(late.clock.instant(), NINE));

            List<AppointmentId> told = late.medcoord.service(PatientFlowService.class).runningLate(late.desk, dr.id(), Duration.ofMinutes(25));

            assertThat(told).containsExactly(a.id(), b.id());
            assertThat(late.events(AppointmentRunningLate.class)).extracting(AppointmentRunningLate::expectedStart)
                    .containsExactly(a.start().plus(Duration.ofMinutes(25)), b.start().plus(Duration.ofMinutes(25)));
            assertThat(sms.sent).extracting(n -> n.patient()).containsExactly(a.patient(), b.patient());
            assertThat(sms.sent.get(0).text()).contains("25 minutes late").contains("09:55");
        }
    }

    @Test
    void stagesOnlyMoveForwardAndNeedACheckIn() {
        Appointment a = book(NINE);
        assertThatThrownBy(() -> flow.withClinician(clinic.desk, a.id())).isInstanceOf(NotFoundException.class);
        flow.checkIn(clinic.desk, a.id());
        flow.withClinician(clinic.desk, a.id());

        assertThatThrownBy(() -> flow.room(clinic.desk, a.id(), exam1.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.ILLEGAL_TRANSITION));
        assertThatThrownBy(() -> flow.checkIn(clinic.desk, a.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.ILLEGAL_TRANSITION));
    }
}
