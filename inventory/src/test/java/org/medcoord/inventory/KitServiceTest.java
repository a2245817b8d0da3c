package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.junit.jupiter.api.Test;

class KitServiceTest extends InventoryTestBase {

    private Kit lacerationKit(Item gauze, Item lido) {
        return catalog.defineKit(supply, new NewKit("Laceration repair", List.of(
                new KitComponent(gauze.id(), Quantity.of(10, "each")), new KitComponent(lido.id(), Quantity.of(2, "vial")))));
    }

    @Test
    void aKitConsumesEveryComponentFefoLinkedToPatientAndEncounter() {
        Item gauze = gauze();
        Item lido = lidocaine();
        Location room = cart("Procedure room");
        stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(1, "box")));
        receiveLot(lido, room, 5, "LATE", today().plusDays(300));
        receiveLot(lido, room, 1, "EARLY", today().plusDays(30));
        Kit kit = lacerationKit(gauze, lido);
        PatientId patient = PatientId.next(clock);
        UUID encounter = UUID.randomUUID();

        Movement movement = kits.consumeKit(supply, new KitConsumption(kit.id(), room.id(), patient, encounter, "laceration repair"));

        assertThat(movement.entries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(MovementType.CONSUME);
            assertThat(e.patient()).contains(patient);
            assertThat(e.encounter()).contains(encounter);
            assertThat(e.kit()).contains(kit.id());
        });
        assertThat(stock.onHand(supply, gauze.id(), room.id())).isEqualTo(90);
        assertThat(stock.balances(supply, lido.id(), room.id())).extracting(b -> b.lot().lotNumber(), StockBalance::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LATE", 4L));
    }

    @Test
    void aKitWithOneShortComponentConsumesNothingAndNamesTheShortItem() {
        Item gauze = gauze();
        Item lido = lidocaine();
        Location room = cart("Procedure room");
        stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(1, "box")));
        receiveLot(lido, room, 1, "ONLY", today().plusDays(30));
        Kit kit = lacerationKit(gauze, lido);

        assertThatThrownBy(() -> kits.consumeKit(supply, new KitConsumption(kit.id(), room.id(), PatientId.next(clock), UUID.randomUUID(), "")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-INV-101");
                    assertThat(e.getMessage()).contains(lido.id().asString()).doesNotContain(gauze.id().asString());
                });
        assertThat(stock.onHand(supply, gauze.id(), room.id())).isEqualTo(100);
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(1);
        assertThat(stock.ledger(supply, gauze.id(), 1, 100)).hasSize(1);
    }

    @Test
    void kitConsumptionIsAuditedAgainstThePatient() {
        Item gauze = gauze();
        Item lido = lidocaine();
        Location room = cart("Procedure room");
        stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(1, "box")));
        receiveLot(lido, room, 5, "L", today().plusDays(30));
        Kit kit = lacerationKit(gauze, lido);
        PatientId patient = PatientId.next(clock);

        kits.consumeKit(supply, new KitConsumption(kit.id(), room.id(), patient, UUID.randomUUID(), ""));

        List<AuditEntry> audit = medcoord.service(AuditTrail.class).report(as("privacy", Roles.AUDITOR, PurposeOfUse.LEGAL),
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), AuditField.SEQUENCE, true, 1000);
        assertThat(audit).filteredOn(a -> a.event().patient().equals(Optional.of(patient))).singleElement().satisfies(a -> {
            assertThat(a.event().action()).isEqualTo(Action.CREATE);
            assertThat(a.event().category()).isEqualTo(DataCategory.INVENTORY);
            assertThat(a.event().source()).isEqualTo("inventory.kit.consume");
            assertThat(a.event().userId()).isEqualTo("supply-1");
        });
    }
}
