package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class AppointmentServiceTest {

    private static final Instant NINE = Instant.parse("2026-11-03T14:00:00Z"); // 09:00 in New York

    private Clinic clinic;
    private Resource drGut;
    private Resource drColon;
    private Resource room;
    private Resource scope;
    private ServiceType colonoscopy;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());
    private final PatientId ben = PatientId.next(java.time.Clock.systemUTC());

    @BeforeEach
    void setUp() {
        clinic = new Clinic();
        drGut = clinic.resource(ResourceKind.PRACTITIONER, "Dr Gut");
        drColon = clinic.resource(ResourceKind.PRACTITIONER, "Dr Colon");
        room = clinic.resource(ResourceKind.LOCATION, "Procedure room 1");
        scope = clinic.resource(ResourceKind.EQUIPMENT, "Endoscope A");
        colonoscopy = clinic.catalog.define(clinic.desk, NewServiceType.of("Colonoscopy", Duration.ofMinutes(45), List.of(
                ResourceRequirement.of("gastroenterologist", List.of(drGut.id(), drColon.id())),
                ResourceRequirement.of("procedure-room", List.of(room.id())).withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(15)),
                ResourceRequirement.of("endoscope", List.of(scope.id())).withBuffers(Duration.ZERO, Duration.ofMinutes(30)))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private BookingRequest colonoscopy(PatientId patient, Resource doctor, Instant start) {
        return BookingRequest.of(patient, colonoscopy.id(), start,
                Map.of("gastroenterologist", doctor.id(), "procedure-room", room.id(), "endoscope", scope.id()));
    }

    @Test
    void bookingAMultiResourceProcedureHoldsEveryResourceWithItsBuffers() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));

        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.end()).isEqualTo(NINE.plus(Duration.ofMinutes(45)));
        assertThat(a.allocations()).extracting(Allocation::role, Allocation::resource, Allocation::from, Allocation::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gastroenterologist", drGut.id(), NINE, a.end()),
                org.assertj.core.groups.Tuple.tuple("procedure-room", room.id(), NINE.minus(Duration.ofMinutes(10)), a.end().plus(Duration.ofMinutes(15))),
                org.assertj.core.groups.Tuple.tuple("endoscope", scope.id(), NINE, a.end().plus(Duration.ofMinutes(30))));
        assertThat(clinic.appointments.get(clinic.desk, a.id())).isEqualTo(a);
        assertThat(clinic.events(AppointmentBooked.class)).singleElement()
                .satisfies(e -> assertThat(e.resources()).containsExactlyInAnyOrder(drGut.id(), room.id(), scope.id()));
    }

    @Test
    void bookingTwoOverlappingAppointmentsOnOneRoomFailsNamingTheRoomAndInterval() {
        clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));

        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE.plus(Duration.ofMinutes(30)))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isIn(SchedulingCodes.RESOURCE_FULL);
                    assertThat(e.getMessage()).contains(room.id().toString()).contains("2026-11-03T");
                });
    }

    @Test
    void aFailedMultiResourceBookingTakesNoneOfItsResources() {
        // at 10:10 the room (free from 10:00, setup from 10:00) and Dr Colon are free, but the endoscope's
        // turnover after the 09:00 procedure runs to 10:15
        clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        Instant tenTen = NINE.plus(Duration.ofMinutes(70));
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, tenTen)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(SchedulingCodes.RESOURCE_FULL);
                    assertThat(e.getMessage()).contains(scope.id().toString());
                });

        assertThat(clinic.appointments.onResource(clinic.desk, drColon.id(), NINE, NINE.plus(Duration.ofHours(8)))).isEmpty();
        assertThat(clinic.appointments.forPatient(clinic.desk, ben, NINE.minus(Duration.ofDays(1)), NINE.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void turnoverBuffersKeepBackToBackBookingsApartOnlyOnTheBufferedResource() {
        Appointment first = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        Instant right = first.end();

        // same doctor may go on at once, but the room needs 15 + 10 minutes and the scope 30
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, colonoscopy(ben, drGut, right)))
                .isInstanceOf(ConflictException.class);
        Instant afterScopeTurnover = right.plus(Duration.ofMinutes(30));
        Appointment second = clinic.appointments.book(clinic.desk, colonoscopy(ben, drGut, afterScopeTurnover));
        assertThat(second.start()).isEqualTo(afterScopeTurnover);
    }

    @Test
    void aResourceWithCapacityTwoTakesTwoOverlappingAppointmentsButNotThree() {
        Resource gym = clinic.resources.register(clinic.desk, NewResource.of(ResourceKind.LOCATION, "Physio gym",
                java.time.ZoneId.of("Europe/London")).withCapacity(2));
        ServiceType physio = clinic.catalog.define(clinic.desk, NewServiceType.of("Physiotherapy", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("gym", List.of(gym.id())))));
        PatientId cy = PatientId.next(clinic.clock);
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, physio.id(), NINE, Map.of("gym", gym.id())));
        clinic.appointments.book(clinic.desk, BookingRequest.of(ben, physio.id(), NINE.plus(Duration.ofMinutes(10)), Map.of("gym", gym.id())));

        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                BookingRequest.of(cy, physio.id(), NINE.plus(Duration.ofMinutes(20)), Map.of("gym", gym.id()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.RESOURCE_FULL));
        // at 09:30 the first has left: two again fit
        clinic.appointments.book(clinic.desk, BookingRequest.of(cy, physio.id(), NINE.plus(Duration.ofMinutes(30)), Map.of("gym", gym.id())));
    }

    @Test
    void repeatingABookingWithItsIdempotencyKeyReturnsTheFirstAppointment() {
        BookingRequest request = colonoscopy(ana, drGut, NINE).withIdempotencyKey("portal-req-1");
        Appointment first = clinic.appointments.book(clinic.desk, request);
        Appointment again = clinic.appointments.book(clinic.desk, request);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(clinic.events(AppointmentBooked.class)).hasSize(1);
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                colonoscopy(ben, drColon, NINE.plus(Duration.ofHours(3))).withIdempotencyKey("portal-req-1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.IDEMPOTENCY_REUSED));
    }

    @Test
    void aHoldTakesCapacityUntilItLapsesAndCannotBeConfirmedAfterwards() {
        Appointment hold = clinic.appointments.hold(clinic.desk, colonoscopy(ana, drGut, NINE), Duration.ofMinutes(10));
        assertThat(hold.status()).isEqualTo(AppointmentStatus.PENDING);
        assertThat(clinic.events(AppointmentHeld.class)).hasSize(1);
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE)))
                .isInstanceOf(ConflictException.class);

        clinic.clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> clinic.appointments.confirm(clinic.desk, hold.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.HOLD_EXPIRED));
        Appointment taken = clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE));
        assertThat(taken.status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void confirmingAHoldInTimeBooksIt() {
        Appointment hold = clinic.appointments.hold(clinic.desk, colonoscopy(ana, drGut, NINE), Duration.ofMinutes(10));
        clinic.clock.advance(Duration.ofMinutes(5));

        Appointment booked = clinic.appointments.confirm(clinic.desk, hold.id());

        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.holdExpires()).isEmpty();
        clinic.clock.advance(Duration.ofMinutes(30));
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void reschedulingMovesAtomicallyAndIgnoresTheAppointmentsOwnOldTime() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        Map<String, ResourceId> same = Map.of("gastroenterologist", drGut.id(), "procedure-room", room.id(), "endoscope", scope.id());

        // overlapping its own old time is fine: the old time does not count against the new one
        Appointment moved = clinic.appointments.reschedule(clinic.desk, a.id(), NINE.plus(Duration.ofMinutes(20)), same);
        assertThat(moved.start()).isEqualTo(NINE.plus(Duration.ofMinutes(20)));
        assertThat(moved.id()).isEqualTo(a.id());

        // the old time is free for someone else now
        Appointment other = clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE.plus(Duration.ofHours(2))));
        assertThatThrownBy(() -> clinic.appointments.reschedule(clinic.desk, a.id(), other.start(), same))
                .isInstanceOf(ConflictException.class);
        assertThat(clinic.appointments.get(clinic.desk, a.id()).start()).isEqualTo(moved.start());
        assertThat(clinic.events(AppointmentRescheduled.class)).singleElement()
                .satisfies(e -> assertThat(e.previousStart()).isEqualTo(NINE));
    }

    @Test
    void cancellingFreesTheResourcesAndKeepsTheReason() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));

        Appointment cancelled = clinic.appointments.cancel(clinic.desk, a.id(), "patient called: feeling unwell");

        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("patient called: feeling unwell");
        assertThat(clinic.events(AppointmentCancelled.class)).singleElement().satisfies(e -> assertThat(e.appointment()).isEqualTo(a.id()));
        assertThat(clinic.appointments.book(clinic.desk, colonoscopy(ben, drColon, NINE)).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void cancellingWithoutAReasonIsRejected() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        assertThatThrownBy(() -> clinic.appointments.cancel(clinic.desk, a.id(), " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(SchedulingCodes.REASON));
        assertThat(clinic.appointments.get(clinic.desk, a.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aNoShowIsRecordedOnlyAfterTheStart() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        assertThatThrownBy(() -> clinic.appointments.markNoShow(clinic.desk, a.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.ILLEGAL_TRANSITION));

        clinic.clock.advance(Duration.ofDays(1).plusHours(3));

        assertThat(clinic.appointments.markNoShow(clinic.desk, a.id()).status()).isEqualTo(AppointmentStatus.NOSHOW);
        assertThat(clinic.events(AppointmentStatusChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo(AppointmentStatus.NOSHOW));
    }

    @Test
    void theLifecycleFollowsFhirAndRefusesIllegalTransitions() {
        Appointment a = clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        assertThat(clinic.appointments.transition(clinic.desk, a.id(), AppointmentStatus.ARRIVED).status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(clinic.appointments.transition(clinic.desk, a.id(), AppointmentStatus.FULFILLED).status())
                .isEqualTo(AppointmentStatus.FULFILLED);

        assertThatThrownBy(() -> clinic.appointments.cancel(clinic.desk, a.id(), "too late"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(SchedulingCodes.ILLEGAL_TRANSITION);
                    assertThat(e.getMessage()).contains("fulfilled").contains("cancelled");
                });
        assertThatThrownBy(() -> clinic.appointments.transition(clinic.desk, a.id(), AppointmentStatus.ARRIVED))
                .isInstanceOf(ConflictException.class);
        assertThat(clinic.appointments.get(clinic.desk, a.id()).status()).isEqualTo(AppointmentStatus.FULFILLED);
    }

    @Test
    void aPatientCannotBeInTwoAppointmentsAtOnce() {
        clinic.appointments.book(clinic.desk, colonoscopy(ana, drGut, NINE));
        Resource otherRoom = clinic.resource(ResourceKind.LOCATION, "Consult 2");
        ServiceType consult = clinic.catalog.define(clinic.desk, NewServiceType.of("Consultation", Duration.ofMinutes(20),
                List.of(ResourceRequirement.of("room", List.of(otherRoom.id())))));

        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                BookingRequest.of(ana, consult.id(), NINE.plus(Duration.ofMinutes(40)), Map.of("room", otherRoom.id()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.PATIENT_BUSY));
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, consult.id(), NINE.plus(Duration.ofMinutes(45)), Map.of("room", otherRoom.id())));
    }

    @Test
    void badInputReportsEveryViolationAtOnceAndStoresNothing() {
        Resource stranger = clinic.resource(ResourceKind.PRACTITIONER, "Dr Elsewhere");
        BookingRequest bad = BookingRequest.of(null, colonoscopy.id(), clinic.clock.instant().plus(Duration.ofDays(400)),
                Map.of("gastroenterologist", stranger.id(), "procedure-room", ResourceId.next(clinic.clock), "anaesthetist", room.id()));

        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("patient", SchedulingCodes.PATIENT),
                                org.assertj.core.groups.Tuple.tuple("resources.gastroenterologist", SchedulingCodes.NOT_A_CANDIDATE),
                                org.assertj.core.groups.Tuple.tuple("resources.procedure-room", SchedulingCodes.UNKNOWN_RESOURCE),
                                org.assertj.core.groups.Tuple.tuple("resources.endoscope", SchedulingCodes.ROLES),
                                org.assertj.core.groups.Tuple.tuple("resources.anaesthetist", SchedulingCodes.ROLES),
                                org.assertj.core.groups.Tuple.tuple("start", SchedulingCodes.HORIZON)));
        assertThat(clinic.appointments.onResource(clinic.desk, stranger.id(), bad.start().minus(Duration.ofDays(1)),
                bad.start().plus(Duration.ofDays(1)))).isEmpty();
        assertThat(clinic.events(AppointmentBooked.class)).isEmpty();
    }

    @Test
    void aStartInsideTheLeadTimeIsRejected() {
        ServiceType surgery = clinic.catalog.define(clinic.desk, NewServiceType.of("Knee arthroscopy", Duration.ofHours(2),
                List.of(ResourceRequirement.of("surgeon", List.of(drGut.id())))).withWindow(Duration.ofDays(2), Duration.ofDays(90)));
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk,
                BookingRequest.of(ana, surgery.id(), clinic.clock.instant().plus(Duration.ofDays(1)), Map.of("surgeon", drGut.id()))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(SchedulingCodes.LEAD_TIME));
    }

    @Test
    void staffWithoutSchedulingAccessAreDeniedAndNothingIsBooked() {
        AccessContext supply = AccessContext.of(clinic.desk.tenant(), Principal.of("stores-1", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
        assertThatThrownBy(() -> clinic.appointments.book(supply, colonoscopy(ana, drGut, NINE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(clinic.appointments.onResource(clinic.desk, room.id(), NINE.minus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(2))))
                .isEmpty();
    }
}
