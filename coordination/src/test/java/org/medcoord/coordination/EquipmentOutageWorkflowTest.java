package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.BlockReason;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.NewWaitlistEntry;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceBlockLifted;
import org.medcoord.scheduling.ResourceBlocked;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.SlotOffered;
import org.medcoord.scheduling.WaitlistEntry;

/** Issue #8: taking an endoscope out of service blocks its bookings and puts them on the worklist; its return offers the time. */
class EquipmentOutageWorkflowTest extends CoordinationTestBase {

    /** Tuesday 3 November 2026, 10:00 in New York. */
    private static final Instant TUESDAY_TEN = Instant.parse("2026-11-03T15:00:00Z");

    private Resource scope;
    private ServiceType colonoscopy;
    private Asset endoscope;

    @BeforeEach
    void clinic() {
        scope = resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Endoscope 1", NEW_YORK));
        colonoscopy = serviceTypes.define(desk, NewServiceType.of("Colonoscopy", Duration.ofMinutes(45),
                List.of(ResourceRequirement.of("scope", List.of(scope.id())))));
        Location suite = inventoryCatalog.defineLocation(supply, new NewLocation("Endoscopy suite", LocationKind.STOREROOM, NEW_YORK));
        Item scopeType = inventoryCatalog.defineItem(supply, new NewItem("Colonoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
        endoscope = equipment.register(supply, new NewAsset(scopeType.id(), "CF-HQ190-0042", suite.id(), false, List.of()));
        workflows.link(coordinator, endoscope.id(), scope.id());
    }

    private Appointment book(PatientId patient, Instant start) {
        return appointments.book(desk, BookingRequest.of(patient, colonoscopy.id(), start, Map.of("scope", scope.id())));
    }

    @Test
    void takingAnEndoscopeOutOfServiceBlocksItsBookingsAndPutsThemOnTheWorklistWithTheNextFreeTimes() {
        PatientId ana = patient("Ana");
        PatientId ben = patient("Ben");
        Appointment affected = book(ana, TUESDAY_TEN);
        Appointment later = book(ben, TUESDAY_TEN.plus(Duration.ofDays(3)));
        drain("workflows");
        Instant backOn = START.plus(Duration.ofDays(2));

        equipment.takeOutOfService(supply, endoscope.id(), START, Optional.of(backOn), "cracked insertion tube");
        drain("workflows");

        assertThat(events(ResourceBlocked.class)).singleElement().satisfies(b -> {
            assertThat(b.resource()).isEqualTo(scope.id());
            assertThat(b.reason()).isEqualTo(BlockReason.OUT_OF_SERVICE);
            assertThat(b.start()).isEqualTo(START);
            assertThat(b.end()).isEqualTo(backOn);
        });
        List<Task> mine = worklist.mine(coordinator);
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.RESCHEDULE);
            assertThat(t.patient()).contains(ana);
            assertThat(t.subject()).contains("scheduling.appointment/" + affected.id());
            assertThat(t.options()).hasSize(3).allSatisfy(slot -> assertThat(slot.start()).isAfterOrEqualTo(backOn));
        });
        assertThat(mine).noneMatch(t -> t.subject().orElseThrow().endsWith(later.id().asString()));
        assertThatThrownBy(() -> book(patient("Cy"), TUESDAY_TEN.plus(Duration.ofHours(2)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOpenEndedOutageBlocksForTheConfiguredDaysAndMaintenanceOnTopKeepsOneBlock() {
        book(patient("Ana"), TUESDAY_TEN);
        equipment.takeOutOfService(supply, endoscope.id(), START, Optional.empty(), "sent for repair");
        equipment.startMaintenance(supply, endoscope.id());
        drain("workflows");

        assertThat(events(ResourceBlocked.class)).singleElement()
                .satisfies(b -> assertThat(b.end()).isEqualTo(START.plus(Duration.ofDays(90))));
        assertThat(resources.activeBlocks(desk, scope.id(), START, START.plus(Duration.ofDays(1)))).hasSize(1);
        assertThat(worklist.mine(coordinator)).singleElement().satisfies(t -> assertThat(t.options()).isEmpty());
    }

    @Test
    void backInServiceLiftsTheBlockAndTheWaitlistIsOfferedTheTime() {
        equipment.takeOutOfService(supply, endoscope.id(), START, Optional.empty(), "sent for repair");
        drain("workflows");
        PatientId dee = patient("Dee");
        WaitlistEntry waiting = waitlist.add(desk, new NewWaitlistEntry(dee, colonoscopy.id(), TUESDAY_TEN,
                TUESDAY_TEN.plus(Duration.ofHours(4)), Map.of(), 3));
        assertThat(events(SlotOffered.class)).isEmpty();

        equipment.returnToService(supply, endoscope.id());
        drain("workflows");

        assertThat(events(ResourceBlockLifted.class)).singleElement().satisfies(l -> assertThat(l.resource()).isEqualTo(scope.id()));
        assertThat(resources.activeBlocks(desk, scope.id(), START, START.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(events(SlotOffered.class)).singleElement().satisfies(o -> {
            assertThat(o.entry()).isEqualTo(waiting.id());
            assertThat(o.patient()).isEqualTo(dee);
            assertThat(o.start()).isAfterOrEqualTo(TUESDAY_TEN).isBefore(TUESDAY_TEN.plus(Duration.ofHours(4)));
        });
        assertThat(book(patient("Eve"), TUESDAY_TEN.plus(Duration.ofHours(5))).status()).isNotNull();
    }

    @Test
    void backInServiceWithdrawsTheRescheduleTasksNobodyStartedAndKeepsTheStartedOnes() {
        book(patient("Ana"), TUESDAY_TEN);
        book(patient("Ben"), TUESDAY_TEN.plus(Duration.ofHours(2)));
        equipment.takeOutOfService(supply, endoscope.id(), START, Optional.empty(), "sent for repair");
        drain("workflows");
        List<Task> tasks = worklist.mine(coordinator);
        assertThat(tasks).hasSize(2);
        Task started = worklist.start(coordinator, tasks.get(0).id());

        equipment.returnToService(supply, endoscope.id());
        drain("workflows");

        assertThat(worklist.mine(coordinator)).extracting(Task::id).containsExactly(started.id());
        assertThat(worklist.get(coordinator, tasks.get(1).id())).satisfies(t -> {
            assertThat(t.status()).isEqualTo(TaskStatus.CANCELLED);
            assertThat(t.history()).last().extracting(TaskChange::what).isEqualTo("cancelled: equipment back in service");
        });
    }

    @Test
    void anAssetWithoutALinkedResourceBlocksNothing() {
        Item otherType = inventoryCatalog.defineItem(supply, new NewItem("Ultrasound", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
        Asset unlinked = equipment.register(supply, new NewAsset(otherType.id(), "US-1", endoscope.location(), false, List.of()));

        equipment.takeOutOfService(supply, unlinked.id(), START, Optional.empty(), "broken probe");
        WorkflowRun run = drain("workflows");

        assertThat(run.handled()).isPositive();
        assertThat(run.failed()).isZero();
        assertThat(events(ResourceBlocked.class)).isEmpty();
    }

    @Test
    void linkingRejectsAnUnknownAssetAndANonEquipmentResourceTogether() {
        Resource room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Room 1", NEW_YORK));

        assertThatThrownBy(() -> workflows.link(coordinator, new org.medcoord.inventory.AssetId(java.util.UUID.randomUUID()), room.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("asset MC-COORD-022", "resource MC-COORD-022"));
        assertThat(workflows.linkedResource(coordinator, endoscope.id())).contains(scope.id());
    }
}
