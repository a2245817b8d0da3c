package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.junit.jupiter.api.Test;

class RecallServiceTest extends InventoryTestBase {

    @Test
    void aRecallQuarantinesTheLotEverywhereAndListsWhoReceivedIt() {
        Item lido = lidocaine();
        Location room = storeroom();
        Location cart = cart("Exam 4");
        LotId bad = receiveLot(lido, room, 10, "BAD-1", today().plusDays(30)).entries().get(0).lot();
        receiveLot(lido, room, 10, "GOOD-1", today().plusDays(60));
        stock.transfer(supply, new Transfer(lido.id(), room.id(), cart.id(), Quantity.of(4, "vial"), Optional.of(bad), "restock"));
        PatientId first = PatientId.next(clock);
        PatientId second = PatientId.next(clock);
        UUID encounter = UUID.randomUUID();
        stock.consume(supply, Consumption.fefo(lido.id(), cart.id(), Quantity.of(1, "vial")).forPatient(first, encounter));
        clock.advance(java.time.Duration.ofMinutes(5));
        UUID secondEncounter = UUID.randomUUID();
        stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(2, "vial")).forPatient(second, secondEncounter));
        stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(4, "vial")));

        Recall recall = recalls.openRecall(supply, new OpenRecall(lido.id(), "BAD-1", "FDA notice 2026-123"));

        assertThat(recall.lot()).isEqualTo(bad);
        assertThat(recall.quarantined()).extracting(StockBalance::location, StockBalance::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(cart.id(), 3L));
        assertThat(stock.lot(supply, bad).status()).isEqualTo(LotStatus.RECALLED);
        assertThat(recalls.exposures(supply, recall.id())).extracting(RecallExposure::patient, RecallExposure::encounter,
                        RecallExposure::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, Optional.of(encounter), 1L),
                        org.assertj.core.groups.Tuple.tuple(second, Optional.of(secondEncounter), 2L));
        assertThat(events(RecallOpened.class)).containsExactly(new RecallOpened(recall.id(), lido.id(), bad));
    }

    @Test
    void recalledStockIsNeverPickedAndCannotBeChosen() {
        Item lido = lidocaine();
        Location room = storeroom();
        LotId bad = receiveLot(lido, room, 10, "BAD-2", today().plusDays(10)).entries().get(0).lot();
        receiveLot(lido, room, 3, "GOOD-2", today().plusDays(90));
        recalls.openRecall(supply, new OpenRecall(lido.id(), "BAD-2", "manufacturer letter"));

        Movement fefo = stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(3, "vial")));

        assertThat(fefo.entries()).allSatisfy(e -> assertThat(e.lot()).isNotEqualTo(bad));
        assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(1, "vial"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-101"));
        assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(1, "vial")).fromLot(bad)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-102"));
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(10);
    }

    @Test
    void aLotIsRecalledOnceAndAnUnknownLotCannotBeRecalled() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 1, "BAD-3", today().plusDays(10));
        recalls.openRecall(supply, new OpenRecall(lido.id(), "BAD-3", "notice"));

        assertThatThrownBy(() -> recalls.openRecall(supply, new OpenRecall(lido.id(), "BAD-3", "notice again")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-105"));
        assertThatThrownBy(() -> recalls.openRecall(supply, new OpenRecall(lido.id(), "NO-SUCH-LOT", "notice")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-404"));
        assertThat(events(RecallOpened.class)).hasSize(1);
    }

    @Test
    void listingExposuresOrReadingTheLedgerAuditsEachPatientDisclosed() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 5, "AUD-1", today().plusDays(30));
        PatientId patient = PatientId.next(clock);
        stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(1, "vial")).forPatient(patient, UUID.randomUUID()));
        Recall recall = recalls.openRecall(supply, new OpenRecall(lido.id(), "AUD-1", "notice"));

        recalls.exposures(supply, recall.id());
        stock.ledger(supply, lido.id(), 1, 100);

        List<AuditEntry> audit = medcoord.service(AuditTrail.class).report(as("privacy", Roles.AUDITOR, PurposeOfUse.LEGAL),
                Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), AuditField.SEQUENCE, true, 1000);
        assertThat(audit).filteredOn(a -> a.event().patient().equals(Optional.of(patient)))
                .extracting(a -> a.event().source(), a -> a.event().action())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inventory.stock.consume", Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple("inventory.recall.exposures", Action.READ),
                        org.assertj.core.groups.Tuple.tuple("inventory.stock.ledger", Action.READ));
    }

    @Test
    void aKitsPatientIsListedWhenOneOfItsLotsIsRecalled() {
        Item lido = lidocaine();
        Item gauze = gauze();
        Location room = storeroom();
        receiveLot(lido, room, 5, "KIT-LOT", today().plusDays(30));
        stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(1, "box")));
        Kit kit = catalog.defineKit(supply, new NewKit("Block", List.of(new KitComponent(lido.id(), Quantity.of(2, "vial")),
                new KitComponent(gauze.id(), Quantity.of(5, "each")))));
        PatientId patient = PatientId.next(clock);
        UUID encounter = UUID.randomUUID();
        kits.consumeKit(supply, new KitConsumption(kit.id(), room.id(), patient, encounter, "nerve block"));

        Recall recall = recalls.openRecall(supply, new OpenRecall(lido.id(), "KIT-LOT", "notice"));

        assertThat(recalls.exposures(supply, recall.id())).singleElement().satisfies(e -> {
            assertThat(e.patient()).isEqualTo(patient);
            assertThat(e.encounter()).contains(encounter);
            assertThat(e.quantity()).isEqualTo(2);
            assertThat(e.location()).isEqualTo(room.id());
        });
    }
}
