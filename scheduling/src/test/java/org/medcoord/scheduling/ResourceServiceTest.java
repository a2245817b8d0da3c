package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class ResourceServiceTest {

    private static final Instant NINE = Instant.parse("2026-11-03T14:00:00Z");

    private final Clinic clinic = new Clinic();

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    @Test
    void aRegisteredResourceHasCapacityOneByDefaultAndItsZone() {
        Resource bed = clinic.resource(ResourceKind.BED, "Ward 3 bed 2", ZoneId.of("Australia/Lord_Howe"));

        assertThat(bed.capacity()).isEqualTo(1);
        assertThat(bed.zone()).isEqualTo(ZoneId.of("Australia/Lord_Howe"));
        assertThat(clinic.resources.get(clinic.desk, bed.id())).isEqualTo(bed);
        assertThat(clinic.events(ResourceRegistered.class)).singleElement().satisfies(e -> assertThat(e.resource()).isEqualTo(bed.id()));
    }

    @Test
    void registeringReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> clinic.resources.register(clinic.desk, new NewResource(null, " ", 0, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("kind", SchedulingCodes.KIND), tuple("name", SchedulingCodes.NAME),
                                tuple("capacity", SchedulingCodes.CAPACITY), tuple("zone", SchedulingCodes.ZONE)));
    }

    @Test
    void anUnknownResourceIsNotFound() {
        assertThatThrownBy(() -> clinic.resources.get(clinic.desk, ResourceId.next(clinic.clock)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void equipmentOutOfServiceCannotBeBookedUntilTheBlockIsLifted() {
        Resource scope = clinic.resource(ResourceKind.EQUIPMENT, "Endoscope A");
        ServiceType scopeCheck = clinic.catalog.define(clinic.desk, NewServiceType.of("Scope check", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("endoscope", List.of(scope.id())))));
        Block block = clinic.resources.placeBlock(clinic.desk, scope.id(), NINE.minus(Duration.ofHours(1)), NINE.plus(Duration.ofHours(4)),
                BlockReason.OUT_OF_SERVICE, "sent for repair");
        BookingRequest request = BookingRequest.of(PatientId.next(clinic.clock), scopeCheck.id(), NINE, Map.of("endoscope", scope.id()));

        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, request))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(SchedulingCodes.RESOURCE_BLOCKED);
                    assertThat(e.getMessage()).contains(scope.id().toString()).contains(block.id().toString());
                });
        assertThat(clinic.resources.activeBlocks(clinic.desk, scope.id(), NINE, NINE.plus(Duration.ofMinutes(1)))).containsExactly(block);
        assertThat(clinic.events(ResourceBlocked.class)).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(BlockReason.OUT_OF_SERVICE));

        Block lifted = clinic.resources.liftBlock(clinic.desk, block.id(), "repaired and tested");

        assertThat(lifted.active()).isFalse();
        assertThat(lifted.liftedBy()).contains("desk-1");
        assertThat(clinic.resources.activeBlocks(clinic.desk, scope.id(), NINE, NINE.plus(Duration.ofMinutes(1)))).isEmpty();
        assertThat(clinic.events(ResourceBlockLifted.class)).hasSize(1);
        assertThat(clinic.appointments.book(clinic.desk, request).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aBlockOutsideTheBufferedIntervalDoesNotStopABooking() {
        Resource room = clinic.resource(ResourceKind.LOCATION, "Room 1");
        ServiceType visit = clinic.catalog.define(clinic.desk, NewServiceType.of("Visit", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("room", List.of(room.id())).withBuffers(Duration.ofMinutes(5), Duration.ofMinutes(5)))));
        clinic.resources.placeBlock(clinic.desk, room.id(), NINE.minus(Duration.ofHours(1)), NINE.minus(Duration.ofMinutes(5)),
                BlockReason.CLEANING, "");
        clinic.resources.placeBlock(clinic.desk, room.id(), NINE.plus(Duration.ofMinutes(35)), NINE.plus(Duration.ofHours(1)),
                BlockReason.CLEANING, "");

        Appointment a = clinic.appointments.book(clinic.desk,
                BookingRequest.of(PatientId.next(clinic.clock), visit.id(), NINE, Map.of("room", room.id())));
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThatThrownBy(() -> clinic.appointments.book(clinic.desk, BookingRequest.of(PatientId.next(clinic.clock), visit.id(),
                NINE.plus(Duration.ofMinutes(1)), Map.of("room", room.id()))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void liftingABlockTwiceConflicts() {
        Resource room = clinic.resource(ResourceKind.LOCATION, "Room 1");
        Block block = clinic.resources.placeBlock(clinic.desk, room.id(), NINE, NINE.plus(Duration.ofHours(1)), BlockReason.MAINTENANCE, "");
        clinic.resources.liftBlock(clinic.desk, block.id(), "done early");

        assertThatThrownBy(() -> clinic.resources.liftBlock(clinic.desk, block.id(), "again"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(SchedulingCodes.BLOCK_LIFTED));
    }

    @Test
    void aBlockOnAnUnknownResourceEndingBeforeItStartsWithoutReasonReportsAllThree() {
        assertThatThrownBy(() -> clinic.resources.placeBlock(clinic.desk, ResourceId.next(clinic.clock), NINE, NINE.minusSeconds(1), null, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.UNKNOWN_RESOURCE, SchedulingCodes.INTERVAL, SchedulingCodes.REASON));
        assertThat(clinic.events(ResourceBlocked.class)).isEmpty();
    }

    @Test
    void aServiceTypeNamingAnUnknownCandidateOrDuplicateRoleIsRejected() {
        Resource room = clinic.resource(ResourceKind.LOCATION, "Room 1");
        assertThatThrownBy(() -> clinic.catalog.define(clinic.desk, new NewServiceType("Surgery", Duration.ofHours(25), List.of(
                ResourceRequirement.of("or", List.of(room.id(), ResourceId.next(clinic.clock))),
                ResourceRequirement.of("or", List.of(room.id())).withBuffers(Duration.ofMinutes(-1), Duration.ZERO)),
                Duration.ofDays(3), Duration.ofDays(2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("duration", SchedulingCodes.DURATION),
                                tuple("requirements[0].candidates[1]", SchedulingCodes.UNKNOWN_RESOURCE),
                                tuple("requirements[1].role", SchedulingCodes.REQUIREMENTS),
                                tuple("requirements[1].setup", SchedulingCodes.DURATION),
                                tuple("horizon", SchedulingCodes.BOOKING_WINDOW)));
    }
}
