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
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;

class SlotSearchTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 3);

    private final Clinic clinic = new Clinic();
    private Resource drA;
    private Resource drB;
    private Resource room;
    private ServiceType visit;
    private final PatientId ana = PatientId.next(java.time.Clock.systemUTC());

    @BeforeEach
    void setUp() {
        drA = clinic.resource(ResourceKind.PRACTITIONER, "Dr A");
        drB = clinic.resource(ResourceKind.PRACTITIONER, "Dr B");
        room = clinic.resource(ResourceKind.LOCATION, "Room");
        for (Resource dr : List.of(drA, drB)) {
            clinic.availability.addTemplate(clinic.desk,
                    NewAvailabilityTemplate.weekdays(dr.id(), LocalDate.of(2026, 10, 1), LocalTime.of(9, 0), LocalTime.of(11, 0)));
        }
        visit = clinic.catalog.define(clinic.desk, NewServiceType.of("Visit", Duration.ofMinutes(30), List.of(
                ResourceRequirement.of("doctor", List.of(drA.id(), drB.id())),
                ResourceRequirement.of("room", List.of(room.id())).withBuffers(Duration.ZERO, Duration.ofMinutes(15)))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private static Instant at(int hour, int minute) {
        return TUESDAY.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    private List<Slot> tuesday(SlotQuery query) {
        return clinic.slots.find(clinic.desk, query);
    }

    private SlotQuery tuesdayQuery() {
        return SlotQuery.of(visit.id(), at(0, 0), at(23, 59), 20).stepping(Duration.ofMinutes(15));
    }

    @Test
    void slotsRespectOpeningHoursAndTheRoomsTurnover() {
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, visit.id(), at(9, 0), Map.of("doctor", drA.id(), "room", room.id())));

        List<Slot> slots = tuesday(tuesdayQuery());

        // the room is held 09:00-09:45 (turnover); the next visit can start at 09:45
        assertThat(slots).extracting(Slot::start).containsExactly(at(9, 45), at(10, 0), at(10, 15), at(10, 30));
        assertThat(slots.get(0).resources()).containsEntry("room", room.id()).containsEntry("doctor", drA.id());
    }

    @Test
    void aBusyPractitionerIsReplacedByAnotherCandidate() {
        Resource room2 = clinic.resource(ResourceKind.LOCATION, "Room 2");
        ServiceType twoRooms = clinic.catalog.define(clinic.desk, NewServiceType.of("Visit", Duration.ofMinutes(30), List.of(
                ResourceRequirement.of("doctor", List.of(drA.id(), drB.id())),
                ResourceRequirement.of("room", List.of(room.id(), room2.id())))));
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, twoRooms.id(), at(9, 0), Map.of("doctor", drA.id(), "room", room.id())));

        List<Slot> slots = clinic.slots.find(clinic.desk, SlotQuery.of(twoRooms.id(), at(9, 0), at(9, 30), 5));

        assertThat(slots).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(at(9, 0));
            assertThat(s.resources()).isEqualTo(Map.of("doctor", drB.id(), "room", room2.id()));
        });
    }

    @Test
    void blocksAndThePatientsOwnAppointmentsAreLeftOut() {
        clinic.resources.placeBlock(clinic.desk, room.id(), at(9, 0), at(10, 0), BlockReason.CLEANING, "deep clean");
        Resource lab = clinic.resource(ResourceKind.LOCATION, "Lab");
        ServiceType bloods = clinic.catalog.define(clinic.desk, NewServiceType.of("Bloods", Duration.ofMinutes(15),
                List.of(ResourceRequirement.of("lab", List.of(lab.id())))));
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, bloods.id(), at(10, 5), Map.of("lab", lab.id())));

        assertThat(tuesday(tuesdayQuery())).extracting(Slot::start).containsExactly(at(10, 0), at(10, 15), at(10, 30));
        assertThat(tuesday(tuesdayQuery().forPatient(ana))).extracting(Slot::start).containsExactly(at(10, 30));
    }

    @Test
    void aPreferredPractitionerLimitsTheSearchToThem() {
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, visit.id(), at(9, 0), Map.of("doctor", drB.id(), "room", room.id())));

        List<Slot> slots = tuesday(tuesdayQuery().preferring("doctor", drB.id()));

        assertThat(slots).isNotEmpty().allSatisfy(s -> assertThat(s.resources()).containsEntry("doctor", drB.id()));
        assertThat(slots.get(0).start()).isEqualTo(at(9, 45));
    }

    @Test
    void aTimeOfDayPreferenceKeepsOnlyStartsInThatPartOfTheResourcesDay() {
        List<Slot> slots = tuesday(tuesdayQuery().during(new TimeOfDay(LocalTime.of(10, 0), LocalTime.of(10, 31))));

        assertThat(slots).extracting(Slot::start).containsExactly(at(10, 0), at(10, 15), at(10, 30));
    }

    @Test
    void leadTimeAndHorizonBoundTheSearch() {
        ServiceType mri = clinic.catalog.define(clinic.desk, NewServiceType.of("MRI", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("doctor", List.of(drA.id())))).withWindow(Duration.ofDays(1), Duration.ofDays(2)));
        Instant now = clinic.clock.instant(); // Monday 12:00Z = 07:00 in New York

        List<Slot> slots = clinic.slots.find(clinic.desk, SlotQuery.of(mri.id(), now, now.plus(Duration.ofDays(5)), 100));

        // Monday is inside the lead time; Wednesday 09:00-11:00 ends past the two-day horizon (Wed 12:00Z)
        assertThat(slots).extracting(Slot::start).containsExactly(at(9, 0), at(9, 30), at(10, 0), at(10, 30));
        assertThatThrownBy(() -> clinic.slots.find(clinic.desk, SlotQuery.of(mri.id(), now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(4)), 10)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::code).containsExactly(SchedulingCodes.HORIZON));
    }

    @Test
    void aSearchAcrossManyResourcesAndAMonthReadsTheirCalendarsInChunks() {
        // 40 rooms x 32 days is more resource-day keys than one index query takes (regression: MC-DATA-004)
        List<ResourceId> rooms = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rooms.add(clinic.resource(ResourceKind.LOCATION, "Room " + i).id());
        }
        ServiceType anyRoom = clinic.catalog.define(clinic.desk, NewServiceType.of("Dressing change", Duration.ofMinutes(15),
                List.of(ResourceRequirement.of("room", rooms))));
        clinic.appointments.book(clinic.desk, BookingRequest.of(ana, anyRoom.id(), at(9, 0), Map.of("room", rooms.get(0))));

        List<Slot> slots = clinic.slots.find(clinic.desk, SlotQuery.of(anyRoom.id(), at(9, 0), at(9, 0).plus(Duration.ofDays(30)), 3));

        assertThat(slots).extracting(Slot::start).containsExactly(at(9, 0), at(9, 15), at(9, 30));
        assertThat(slots.get(0).resources()).containsEntry("room", rooms.get(1));
    }

    @Test
    void aFoundSlotCanBeBooked() {
        Slot first = tuesday(tuesdayQuery()).get(0);

        Appointment a = clinic.appointments.book(clinic.desk, BookingRequest.forSlot(ana, visit.id(), first));

        assertThat(a.start()).isEqualTo(first.start());
        assertThat(tuesday(tuesdayQuery()).get(0).start()).isEqualTo(first.start().plus(Duration.ofMinutes(45)));
    }

    @Test
    void badQueriesReportEveryProblem() {
        assertThatThrownBy(() -> clinic.slots.find(clinic.desk, new SlotQuery(ServiceTypeId.next(clinic.clock), at(10, 0), at(9, 0), 0,
                java.util.Optional.empty(), Map.of(), java.util.Optional.empty(), java.util.Optional.empty())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.UNKNOWN_SERVICE_TYPE, SchedulingCodes.INTERVAL, SchedulingCodes.MAX_RESULTS));
        assertThatThrownBy(() -> clinic.slots.find(clinic.desk, SlotQuery.of(visit.id(), at(0, 0), at(0, 0).plus(Duration.ofDays(90)), 5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .contains(SchedulingCodes.INTERVAL));
    }
}
