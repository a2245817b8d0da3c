package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PurchaseOrderServiceTest extends InventoryTestBase {

    private PurchaseOrderService orders;

    @BeforeAll
    void orders() {
        orders = medcoord.service(PurchaseOrderService.class);
    }

    private PurchaseOrder draft(Location at, Item item, Quantity quantity) {
        return orders.draft(supply, new NewPurchaseOrder("Medline", at.id(), List.of(new NewPurchaseOrder.NewOrderLine(item.id(), quantity))));
    }

    @Test
    void anOrderGoesFromDraftThroughPartialDeliveryToReceivedAndClosed() {
        Item lido = lidocaine();
        Location room = storeroom();
        PurchaseOrder drafted = draft(room, lido, Quantity.of(2, "carton"));
        assertThat(drafted.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        assertThat(drafted.lines()).containsExactly(new OrderLine(lido.id(), 50, 0));

        PurchaseOrder sent = orders.submit(supply, drafted.id());
        assertThat(sent.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
        assertThat(sent.ordered()).contains(START);

        Movement first = orders.receive(supply, drafted.id(),
                List.of(ReceivedLine.ofLot(lido.id(), Quantity.of(1, "carton"), "PO-L1", today().plusDays(300))), "packing slip 1");
        assertThat(first.netChange()).isEqualTo(25);
        assertThat(orders.order(supply, drafted.id()).status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(orders.order(supply, drafted.id()).outstanding(lido.id())).isEqualTo(25);

        orders.receive(supply, drafted.id(), List.of(ReceivedLine.ofLot(lido.id(), Quantity.of(10, "vial"), "PO-L1", today().plusDays(300)),
                ReceivedLine.ofLot(lido.id(), Quantity.of(15, "vial"), "PO-L2", today().plusDays(400))), "packing slip 2");
        assertThat(orders.order(supply, drafted.id()).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(stock.onHand(supply, lido.id(), room.id())).isEqualTo(50).isEqualTo(ledgerSum(lido.id(), room.id()));
        assertThat(stock.balances(supply, lido.id(), room.id())).extracting(b -> b.lot().lotNumber(), StockBalance::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PO-L1", 35L), org.assertj.core.groups.Tuple.tuple("PO-L2", 15L));

        assertThat(orders.close(supply, drafted.id()).status()).isEqualTo(PurchaseOrderStatus.CLOSED);
        assertThatThrownBy(() -> orders.close(supply, drafted.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-106"));
    }

    @Test
    void suggestionsCountWhatIsOnOrderAndAnOrderCanBeDraftedFromThem() {
        Item gauze = gauze();
        Location cart = cart("Exam 7");
        catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 10, 40, 200));
        stock.receive(supply, Receipt.untracked(gauze.id(), cart.id(), Quantity.of(30, "each")));

        PurchaseOrder drafted = orders.draftFromSuggestions(supply, cart.id(), "Medline");
        assertThat(drafted.lines()).containsExactly(new OrderLine(gauze.id(), 170, 0));
        assertThat(reorder.suggestions(supply, cart.id())).as("a draft is not on order yet").hasSize(1);

        orders.submit(supply, drafted.id());
        assertThat(reorder.suggestions(supply, cart.id())).isEmpty();
        assertThatThrownBy(() -> orders.draftFromSuggestions(supply, cart.id(), "Medline"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-107"));

        orders.receive(supply, drafted.id(), List.of(ReceivedLine.untracked(gauze.id(), Quantity.of(5, "each"))), "short shipment");
        orders.close(supply, drafted.id());
        assertThat(reorder.suggestions(supply, cart.id())).as("a closed order's shortfall is no longer on order")
                .containsExactly(new ReorderSuggestion(gauze.id(), cart.id(), 35, 0, 40, 200, false, 165));
    }

    @Test
    void aDeliveryWithAnItemNotOnTheOrderOrWithoutExpiryChangesNothing() {
        Item lido = lidocaine();
        Item gauze = gauze();
        Location room = storeroom();
        PurchaseOrder order = draft(room, lido, Quantity.of(10, "vial"));

        assertThatThrownBy(() -> orders.receive(supply, order.id(), List.of(ReceivedLine.untracked(lido.id(), Quantity.of(1, "vial"))), ""))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-106"));
        orders.submit(supply, order.id());
        List<ReceivedLine> bad = List.of(new ReceivedLine(lido.id(), Quantity.of(3, "vial"), Optional.of("L9"), Optional.empty()),
                ReceivedLine.untracked(gauze.id(), Quantity.of(1, "box")));

        assertThatThrownBy(() -> orders.receive(supply, order.id(), bad, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("lines[0].expires", "MC-INV-006"),
                                org.assertj.core.groups.Tuple.tuple("lines[1].item", "MC-INV-030")));
        assertThat(stock.onHand(supply, lido.id(), room.id())).isZero();
        assertThat(orders.order(supply, order.id()).status()).isEqualTo(PurchaseOrderStatus.ORDERED);
    }

    @Test
    void aDraftNeedsASupplierAndKnownItems() {
        Location room = storeroom();
        NewPurchaseOrder bad = new NewPurchaseOrder(" ", room.id(), List.of(new NewPurchaseOrder.NewOrderLine(ItemId.next(clock), Quantity.of(1, "each"))));

        assertThatThrownBy(() -> orders.draft(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-028", "MC-INV-024"));
    }
}
