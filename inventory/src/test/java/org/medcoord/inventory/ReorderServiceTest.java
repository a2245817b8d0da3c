package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReorderServiceTest extends InventoryTestBase {

    @Test
    void fallingBelowTheReorderPointPublishesOnceAndSuggestsOrderingUpToTheMaximum() {
        Item gauze = gauze();
        Location cart = cart("Exam 5");
        catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 10, 30, 100));
        stock.receive(supply, Receipt.untracked(gauze.id(), cart.id(), Quantity.of(40, "each")));
        assertThat(reorder.suggestions(supply, cart.id())).isEmpty();

        stock.consume(supply, Consumption.fefo(gauze.id(), cart.id(), Quantity.of(10, "each")));
        assertThat(events(StockBelowReorderPoint.class)).isEmpty();
        stock.consume(supply, Consumption.fefo(gauze.id(), cart.id(), Quantity.of(5, "each")));
        stock.consume(supply, Consumption.fefo(gauze.id(), cart.id(), Quantity.of(20, "each")));

        assertThat(events(StockBelowReorderPoint.class)).containsExactly(new StockBelowReorderPoint(gauze.id(), cart.id(), 25, 30));
        assertThat(reorder.suggestions(supply, cart.id())).containsExactly(
                new ReorderSuggestion(gauze.id(), cart.id(), 5, 0, 30, 100, true, 95));
    }

    @Test
    void restockingAndFallingAgainPublishesAgain() {
        Item gauze = gauze();
        Location cart = cart("Exam 6");
        catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 0, 5, 20));
        stock.receive(supply, Receipt.untracked(gauze.id(), cart.id(), Quantity.of(6, "each")));
        stock.consume(supply, Consumption.fefo(gauze.id(), cart.id(), Quantity.of(2, "each")));
        stock.receive(supply, Receipt.untracked(gauze.id(), cart.id(), Quantity.of(10, "each")));
        stock.consume(supply, Consumption.fefo(gauze.id(), cart.id(), Quantity.of(12, "each")));

        assertThat(events(StockBelowReorderPoint.class)).extracting(StockBelowReorderPoint::usableOnHand).containsExactly(4L, 2L);
    }

    @Test
    void expiredAndRecalledStockDoesNotCountTowardsThePar() {
        Item lido = lidocaine();
        Location cart = cart("Exam 11");
        catalog.setParLevel(supply, new ParLevel(lido.id(), cart.id(), 2, 10, 30));
        receiveLot(lido, cart, 20, "SOON", today().plusDays(1));
        receiveLot(lido, cart, 20, "BAD", today().plusDays(90));
        receiveLot(lido, cart, 4, "GOOD", today().plusDays(120));
        recalls.openRecall(supply, new OpenRecall(lido.id(), "BAD", "notice"));
        clock.advance(java.time.Duration.ofDays(3));

        assertThat(reorder.suggestions(supply, cart.id()))
                .containsExactly(new ReorderSuggestion(lido.id(), cart.id(), 4, 0, 10, 30, false, 26));
    }
}
