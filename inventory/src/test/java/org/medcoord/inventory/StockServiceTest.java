package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.junit.jupiter.api.Test;

class StockServiceTest extends InventoryTestBase {

    @Test
    void receivingInPackUnitsStoresBaseUnitsAndWritesOneLedgerEntry() {
        Item gauze = gauze();
        Location room = storeroom();

        Movement movement = stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(3, "box")));

        assertThat(movement.type()).isEqualTo(MovementType.RECEIVE);
        assertThat(movement.netChange()).isEqualTo(300);
        assertThat(stock.onHand(supply, gauze.id(), room.id())).isEqualTo(300);
        List<LedgerEntry> ledger = stock.ledger(supply, gauze.id(), 1, 100);
        assertThat(ledger).singleElement().satisfies(e -> {
            assertThat(e.delta()).isEqualTo(300);
            assertThat(e.onHandAfter()).isEqualTo(300);
            assertThat(e.userId()).isEqualTo("supply-1");
            assertThat(e.at()).isEqualTo(START);
            assertThat(e.reason()).isEqualTo("received");
        });
    }

    @Test
    void consumptionPicksTheEarliestExpiringUsableLotFirstAndSpansLots() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 10, "LATE", today().plusDays(200));
        receiveLot(lido, room, 3, "EARLY", today().plusDays(20));
        receiveLot(lido, room, 5, "MIDDLE", today().plusDays(90));

        Movement movement = stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(6, "vial")));

        assertThat(movement.entries()).extracting(e -> stock.lot(supply, e.lot()).lotNumber(), LedgerEntry::delta)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EARLY", -3L), org.assertj.core.groups.Tuple.tuple("MIDDLE", -3L));
        assertThat(stock.balances(supply, lido.id(), room.id())).extracting(b -> b.lot().lotNumber(), StockBalance::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MIDDLE", 2L), org.assertj.core.groups.Tuple.tuple("LATE", 10L));
    }

    @Test
    void aLotPastItsExpiryAtTheLocationIsNeverPickedEvenBeforeItIsMarkedExpired() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 5, "SOON", today().plusDays(1));
        receiveLot(lido, room, 5, "LATER", today().plusDays(30));
        clock.advance(Duration.ofDays(2));

        Movement movement = stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(2, "vial")));

        assertThat(stock.lot(supply, movement.entries().get(0).lot()).lotNumber()).isEqualTo("LATER");
        assertThat(stock.usableOnHand(supply, lido.id(), room.id())).isEqualTo(3);
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(8);
    }

    @Test
    void anExplicitlyChosenLotIsUsedEvenWhenAnotherExpiresEarlier() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 5, "EARLY", today().plusDays(10));
        LotId late = receiveLot(lido, room, 5, "LATE", today().plusDays(100)).entries().get(0).lot();

        Movement movement = stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(4, "vial")).fromLot(late));

        assertThat(movement.entries()).singleElement().satisfies(e -> assertThat(e.lot()).isEqualTo(late));
    }

    @Test
    void consumingFromAnExpiredLotIsACodedConflictAndChangesNothing() {
        Item lido = lidocaine();
        Location room = storeroom();
        LotId old = receiveLot(lido, room, 5, "OLD", today().plusDays(1)).entries().get(0).lot();
        clock.advance(Duration.ofDays(3));

        assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(lido.id(), room.id(), Quantity.of(1, "vial")).fromLot(old)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-102"));
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(5);
        assertThat(stock.ledger(supply, lido.id(), 1, 100)).hasSize(1);
    }

    @Test
    void consumingMoreThanIsUsableFailsNamingItemLocationAndQuantities() {
        Item gauze = gauze();
        Location room = storeroom();
        stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(7, "each")));

        assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(gauze.id(), room.id(), Quantity.of(8, "each"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-INV-101");
                    assertThat(e.getMessage()).contains(gauze.id().asString(), room.id().asString(), "7", "8");
                });
        assertThat(stock.onHand(supply, gauze.id(), room.id())).isEqualTo(7);
        assertThat(ledgerSum(gauze.id(), room.id())).isEqualTo(7);
    }

    @Test
    void badReceiptReportsEveryProblemAtOnceAndChangesNothing() {
        Item lido = lidocaine();
        Location room = storeroom();
        Receipt bad = new Receipt(lido.id(), room.id(), Quantity.of(-2, "crate"), Optional.empty(), Optional.empty(), "");

        assertThatThrownBy(() -> stock.receive(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-002", "MC-INV-003", "MC-INV-007", "MC-INV-006"));
        assertThat(stock.onHand(supply, lido.id(), room.id())).isZero();
        assertThat(stock.ledger(supply, lido.id(), 1, 100)).isEmpty();
    }

    @Test
    void receivingWithoutExpiryForAnItemThatRequiresOneIsRefused() {
        Item lido = lidocaine();
        Location room = storeroom();
        Receipt noExpiry = new Receipt(lido.id(), room.id(), Quantity.of(1, "carton"), Optional.of("L1"), Optional.empty(), "");

        assertThatThrownBy(() -> stock.receive(supply, noExpiry))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-006"));
    }

    @Test
    void aDeliveryAlreadyPastItsExpiryIsRefused() {
        Item lido = lidocaine();
        Location room = storeroom();

        assertThatThrownBy(() -> receiveLot(lido, room, 5, "OLD", today().minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-038"));
        assertThat(receiveLot(lido, room, 5, "LAST-DAY", today()).netChange()).isEqualTo(5);
    }

    @Test
    void aLotHasOneExpiryDate() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 5, "L1", today().plusDays(100));

        assertThatThrownBy(() -> receiveLot(lido, room, 5, "L1", today().plusDays(101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-023"));
        Movement again = receiveLot(lido, cart("Exam 2"), 2, "L1", today().plusDays(100));
        assertThat(again.entries().get(0).lot()).isEqualTo(stock.balances(supply, lido.id(), room.id()).get(0).lot().id());
    }

    @Test
    void transferMovesStockFefoAndKeepsEachLocationEqualToItsLedger() {
        Item lido = lidocaine();
        Location room = storeroom();
        Location cart = cart("Exam 3");
        receiveLot(lido, room, 4, "A", today().plusDays(30));
        receiveLot(lido, room, 10, "B", today().plusDays(60));

        Movement movement = stock.transfer(supply, new Transfer(lido.id(), room.id(), cart.id(), Quantity.of(6, "vial"), Optional.empty(), "restock"));

        assertThat(movement.netChange()).isZero();
        assertThat(movement.entries()).hasSize(4);
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(8).isEqualTo(ledgerSum(lido.id(), room.id()));
        assertThat(stock.onHand(supply, lido.id(), cart.id())).isEqualTo(6).isEqualTo(ledgerSum(lido.id(), cart.id()));
        assertThat(stock.balances(supply, lido.id(), cart.id())).extracting(b -> b.lot().lotNumber(), StockBalance::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 4L), org.assertj.core.groups.Tuple.tuple("B", 2L));
    }

    @Test
    void transferToTheSameLocationIsRefused() {
        Item gauze = gauze();
        Location room = storeroom();

        assertThatThrownBy(() -> stock.transfer(supply, new Transfer(gauze.id(), room.id(), room.id(), Quantity.of(1, "each"), Optional.empty(), "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-012"));
    }

    @Test
    void adjustmentsNeedAReasonAndCannotTakeStockBelowZero() {
        Item lido = lidocaine();
        Location room = storeroom();
        LotId lot = receiveLot(lido, room, 5, "A", today().plusDays(30)).entries().get(0).lot();

        assertThatThrownBy(() -> stock.adjust(supply, new Adjustment(lido.id(), room.id(), lot, 0, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-020", "MC-INV-011"));
        assertThatThrownBy(() -> stock.adjust(supply, new Adjustment(lido.id(), room.id(), lot, -6, "count found 0")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-101"));
        stock.adjust(supply, new Adjustment(lido.id(), room.id(), lot, -2, "cycle count"));

        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(3).isEqualTo(ledgerSum(lido.id(), room.id()));
    }

    @Test
    void expiredStockCanBeWastedAndUnusedStockReturned() {
        Item lido = lidocaine();
        Location room = storeroom();
        LotId lot = receiveLot(lido, room, 5, "A", today().plusDays(1)).entries().get(0).lot();
        clock.advance(Duration.ofDays(5));

        assertThatThrownBy(() -> stock.waste(supply, new Waste(lido.id(), room.id(), lot, Quantity.of(2, "vial"), "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-011"));
        stock.waste(supply, new Waste(lido.id(), room.id(), lot, Quantity.of(5, "vial"), "expired"));
        stock.returnToStock(supply, new StockReturn(lido.id(), room.id(), lot, Quantity.of(1, "vial"), "from ward"));

        assertThat(stock.ledger(supply, lido.id(), 1, 100)).extracting(LedgerEntry::type)
                .containsExactly(MovementType.RECEIVE, MovementType.WASTE, MovementType.RETURN);
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(1).isEqualTo(ledgerSum(lido.id(), room.id()));
    }

    @Test
    void aLotOfAnotherItemCannotBeUsed() {
        Item lido = lidocaine();
        Item gauze = gauze();
        Location room = storeroom();
        LotId lidoLot = receiveLot(lido, room, 5, "A", today().plusDays(30)).entries().get(0).lot();

        assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(gauze.id(), room.id(), Quantity.of(1, "each")).fromLot(lidoLot)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-018"));
    }

    @Test
    void expiringSoonListsUsableLotsWithinTheWindowEarliestFirst() {
        Item lido = lidocaine();
        Location room = storeroom();
        receiveLot(lido, room, 1, "PAST", today().plusDays(1));
        receiveLot(lido, room, 1, "IN-22", today().plusDays(22));
        receiveLot(lido, room, 1, "IN-7", today().plusDays(7));
        receiveLot(lido, room, 1, "OUT-42", today().plusDays(42));
        clock.advance(Duration.ofDays(2));

        assertThat(stock.expiringWithin(supply, room.id(), 30)).extracting(b -> b.lot().lotNumber()).containsExactly("IN-7", "IN-22");
    }

    @Test
    void expiringLotsMarksThemAndPublishesOneEventEach() {
        Item lido = lidocaine();
        Location room = storeroom();
        LocalDate soon = today().plusDays(2);
        receiveLot(lido, room, 1, "SOON", soon);
        receiveLot(lido, room, 1, "LATER", today().plusDays(50));

        assertThat(stock.expireLots(supply, soon)).isEmpty();
        List<Lot> marked = stock.expireLots(supply, soon.plusDays(1));

        assertThat(marked).singleElement().satisfies(l -> {
            assertThat(l.lotNumber()).isEqualTo("SOON");
            assertThat(l.status()).isEqualTo(LotStatus.EXPIRED);
        });
        assertThat(events(LotExpired.class)).containsExactly(new LotExpired(lido.id(), marked.get(0).id(), soon));
        assertThat(stock.expireLots(supply, soon.plusDays(1))).isEmpty();
    }
}
