package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EquipmentServiceTest extends InventoryTestBase {

    private EquipmentService equipment;

    @BeforeAll
    void equipment() {
        equipment = medcoord.service(EquipmentService.class);
    }

    private Item type(String name) {
        return catalog.defineItem(supply, new NewItem(name, ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each", Map.of(), false, false));
    }

    private Asset endoscope(Location at) {
        return equipment.register(supply, new NewAsset(type("Gastroscope GIF-H190").id(), "SN-100", at.id(), true, List.of()));
    }

    @Test
    void anEndoscopeCannotReturnToServiceUntilAPassingCycleIsRecorded() {
        Asset scope = endoscope(storeroom());

        Asset used = equipment.recordUse(supply, scope.id());
        assertThat(used.status()).isEqualTo(AssetStatus.AWAITING_REPROCESSING);
        assertThatThrownBy(() -> equipment.returnToService(supply, scope.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-109"));
        assertThatThrownBy(() -> equipment.recordUse(supply, scope.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-108"));

        Asset failed = equipment.recordReprocessing(supply, scope.id(), ReprocessingMethod.HIGH_LEVEL_DISINFECTION, false, "AER-771");
        assertThat(failed.status()).isEqualTo(AssetStatus.AWAITING_REPROCESSING);
        assertThatThrownBy(() -> equipment.returnToService(supply, scope.id())).isInstanceOf(ConflictException.class);

        Asset passed = equipment.recordReprocessing(supply, scope.id(), ReprocessingMethod.HIGH_LEVEL_DISINFECTION, true, "AER-772");
        assertThat(passed.status()).isEqualTo(AssetStatus.IN_SERVICE);
        assertThat(passed.uses()).isEqualTo(1);
        assertThat(equipment.reprocessingHistory(supply, scope.id())).extracting(ReprocessingCycle::reference, ReprocessingCycle::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AER-771", false), org.assertj.core.groups.Tuple.tuple("AER-772", true));
        assertThat(events(EquipmentOutOfService.class)).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(AssetStatus.AWAITING_REPROCESSING));
        assertThat(events(EquipmentReturnedToService.class)).containsExactly(new EquipmentReturnedToService(scope.id(), START));
    }

    @Test
    void takingEquipmentOutOfServicePublishesTheAssetAndTheInterval() {
        Location room = storeroom();
        Asset pump = equipment.register(supply, new NewAsset(type("Infusion pump").id(), "P-1", room.id(), false, List.of()));
        Instant from = START.plus(Duration.ofHours(1));
        Instant until = START.plus(Duration.ofDays(2));

        assertThatThrownBy(() -> equipment.takeOutOfService(supply, pump.id(), from, Optional.of(from), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-031", "MC-INV-011"));
        Asset out = equipment.takeOutOfService(supply, pump.id(), from, Optional.of(until), "cracked housing");

        assertThat(out.status()).isEqualTo(AssetStatus.OUT_OF_SERVICE);
        assertThat(events(EquipmentOutOfService.class))
                .containsExactly(new EquipmentOutOfService(pump.id(), AssetStatus.OUT_OF_SERVICE, from, Optional.of(until)));
        assertThat(equipment.returnToService(supply, pump.id()).status()).isEqualTo(AssetStatus.IN_SERVICE);
        assertThat(equipment.retire(supply, pump.id()).status()).isEqualTo(AssetStatus.RETIRED);
        assertThatThrownBy(() -> equipment.returnToService(supply, pump.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-108"));
    }

    @Test
    void maintenanceFallsDueByDaysOrByUsesAndIsAnnouncedOncePerOccurrence() {
        Location room = storeroom();
        Asset monitor = equipment.register(supply, new NewAsset(type("Defibrillator").id(), "D-7", room.id(), false, List.of(
                NewAsset.Plan.everyDays("electrical safety", MaintenanceKind.PREVENTIVE, 30),
                NewAsset.Plan.everyUses("pad calibration", MaintenanceKind.CALIBRATION, 2))));
        assertThat(equipment.maintenanceDue(supply, room.id(), 7)).isEmpty();
        assertThat(equipment.maintenanceDue(supply, room.id(), 30)).extracting(DueMaintenance::plan).containsExactly("electrical safety");

        equipment.recordUse(supply, monitor.id());
        equipment.recordUse(supply, monitor.id());
        clock.advance(Duration.ofDays(31));

        assertThat(equipment.maintenanceDue(supply, room.id(), 0)).extracting(DueMaintenance::plan, DueMaintenance::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("electrical safety", true),
                        org.assertj.core.groups.Tuple.tuple("pad calibration", false));
        assertThat(equipment.announceDueMaintenance(supply, room.id())).hasSize(2);
        assertThat(equipment.announceDueMaintenance(supply, room.id())).isEmpty();
        assertThat(events(MaintenanceDue.class)).extracting(MaintenanceDue::plan).containsExactlyInAnyOrder("electrical safety", "pad calibration");

        equipment.startMaintenance(supply, monitor.id());
        Asset done = equipment.completeMaintenance(supply, monitor.id(), "electrical safety");
        assertThat(done.status()).isEqualTo(AssetStatus.IN_SERVICE);
        assertThat(equipment.maintenanceDue(supply, room.id(), 0)).extracting(DueMaintenance::plan).containsExactly("pad calibration");
    }

    @Test
    void aWorkOrderForAPlanRecordsThePlanAsDoneWhenCompleted() {
        Location room = storeroom();
        Asset pump = equipment.register(supply, new NewAsset(type("Infusion pump").id(), "P-9", room.id(), false,
                List.of(NewAsset.Plan.everyDays("flow calibration", MaintenanceKind.CALIBRATION, 10))));
        clock.advance(Duration.ofDays(12));
        assertThat(equipment.maintenanceDue(supply, room.id(), 0)).hasSize(1);

        WorkOrder order = equipment.openWorkOrder(supply, pump.id(), "calibrate flow sensor", Optional.of("flow calibration"));
        WorkOrder repair = equipment.openWorkOrder(supply, pump.id(), "replace door latch", Optional.empty());
        assertThat(equipment.openWorkOrders(supply, pump.id())).containsExactlyInAnyOrder(order, repair);
        WorkOrder done = equipment.completeWorkOrder(supply, order.id(), "within 2% after adjustment");

        assertThat(done.outcome()).contains("within 2% after adjustment");
        assertThat(done.completedBy()).contains("supply-1");
        assertThat(equipment.openWorkOrders(supply, pump.id())).containsExactly(repair);
        assertThat(equipment.maintenanceDue(supply, room.id(), 0)).isEmpty();
        assertThat(equipment.asset(supply, pump.id()).plans().get(0).lastDone()).isEqualTo(today());
        assertThatThrownBy(() -> equipment.completeWorkOrder(supply, order.id(), "again"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-112"));
        assertThatThrownBy(() -> equipment.openWorkOrder(supply, pump.id(), "x", Optional.of("no such plan")))
                .isInstanceOfSatisfying(org.medcoord.core.NotFoundException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-404"));
    }

    @Test
    void assetsNeedAnEquipmentTypeASerialNumberOnceAndSoundPlans() {
        Location room = storeroom();
        Item gauze = gauze();
        NewAsset bad = new NewAsset(gauze.id(), " ", room.id(), false, List.of(
                new NewAsset.Plan("check", MaintenanceKind.PREVENTIVE, Optional.empty(), Optional.empty()),
                NewAsset.Plan.everyDays("check", MaintenanceKind.PREVENTIVE, 0)));

        assertThatThrownBy(() -> equipment.register(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-035", "MC-INV-033", "MC-INV-034", "MC-INV-034", "MC-INV-034"));
        Item scopeType = type("Colonoscope");
        equipment.register(supply, new NewAsset(scopeType.id(), "C-1", room.id(), true, List.of()));
        assertThatThrownBy(() -> equipment.register(supply, new NewAsset(scopeType.id(), "C-1", room.id(), true, List.of())))
                .isInstanceOf(UniqueKeyViolationException.class);
    }
}
