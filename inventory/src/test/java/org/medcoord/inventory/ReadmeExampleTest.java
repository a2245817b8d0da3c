package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.junit.jupiter.api.Test;
import org.medcoord.testsupport.TestKeys;

/** The README's inventory example, kept compiling and passing here. Keep the two in step. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns() {
        String encryptionKey = TestKeys.randomKey();
        String tokenKey = TestKeys.randomKey();
        // --- README example starts ---
        try (MedCoord medcoord = MedCoord.builder()
                .setting("medcoord.storage", "memory")
                .setting("medcoord.keys.encryption", encryptionKey)
                .setting("medcoord.keys.token", tokenKey)
                .build()) {
            AccessContext supply = AccessContext.of(TenantId.of("clinic-a"),
                    Principal.of("supply-1", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
            CatalogService catalog = medcoord.service(CatalogService.class);
            StockService stock = medcoord.service(StockService.class);
            KitService kits = medcoord.service(KitService.class);
            RecallService recalls = medcoord.service(RecallService.class);
            EquipmentService equipment = medcoord.service(EquipmentService.class);

            Location room = catalog.defineLocation(supply,
                    new NewLocation("Procedure room", LocationKind.EXAM_ROOM_CART, ZoneId.of("America/Chicago")));
            Item lidocaine = catalog.defineItem(supply,
                    NewItem.medication("Lidocaine 1% 5 mL", "0409-4276-01", "vial").withPackUnit("carton", 25));
            Item sutures = catalog.defineItem(supply, NewItem.supply("Suture 4-0 nylon", "each").withPackUnit("box", 12));

            // Receive two lots of lidocaine and a box of sutures.
            LocalDate today = LocalDate.now(medcoord.clock());
            stock.receive(supply, Receipt.ofLot(lidocaine.id(), room.id(), Quantity.of(1, "carton"), "LA-1", today.plusMonths(3)));
            stock.receive(supply, Receipt.ofLot(lidocaine.id(), room.id(), Quantity.of(10, "vial"), "LA-2", today.plusMonths(9)));
            stock.receive(supply, Receipt.untracked(sutures.id(), room.id(), Quantity.of(1, "box")));

            // Consume a kit for a patient: every component first-expiry-first-out, all or nothing.
            Kit laceration = catalog.defineKit(supply, new NewKit("Laceration repair", List.of(
                    new KitComponent(lidocaine.id(), Quantity.of(2, "vial")),
                    new KitComponent(sutures.id(), Quantity.of(2, "each")))));
            PatientId patient = PatientId.next(medcoord.clock());
            UUID encounter = UUID.randomUUID();                       // the records module's encounter id
            kits.consumeKit(supply, new KitConsumption(laceration.id(), room.id(), patient, encounter, "laceration repair"));

            // Recall lot LA-1: its stock is quarantined everywhere; list who received it.
            Recall recall = recalls.openRecall(supply, new OpenRecall(lidocaine.id(), "LA-1", "FDA recall Z-1234-2026"));
            List<RecallExposure> exposed = recalls.exposures(supply, recall.id());

            // Equipment: see what maintenance falls due in the next 30 days.
            Item defibrillatorType = catalog.defineItem(supply, new NewItem("Defibrillator", ItemKind.EQUIPMENT_TYPE,
                    Optional.empty(), "each", Map.of(), false, false));
            equipment.register(supply, new NewAsset(defibrillatorType.id(), "DF-0042", room.id(), false,
                    List.of(NewAsset.Plan.everyDays("electrical safety", MaintenanceKind.PREVENTIVE, 30))));
            List<DueMaintenance> due = equipment.maintenanceDue(supply, room.id(), 30);
            // --- README example ends ---

            assertThat(exposed).singleElement().satisfies(e -> {
                assertThat(e.patient()).isEqualTo(patient);
                assertThat(e.encounter()).contains(encounter);
                assertThat(e.quantity()).isEqualTo(2);
            });
            assertThat(recall.quarantined()).extracting(StockBalance::onHand).containsExactly(23L);
            assertThat(stock.usableOnHand(supply, lidocaine.id(), room.id())).isEqualTo(10);
            assertThat(stock.onHand(supply, sutures.id(), room.id())).isEqualTo(10);
            assertThat(due).extracting(DueMaintenance::plan).containsExactly("electrical safety");
        }
    }
}
