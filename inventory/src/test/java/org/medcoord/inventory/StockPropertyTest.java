package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.medcoord.core.ConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of movements (seeded, so a failure reproduces): after every step on-hand equals the
 * ledger's sum at every location and is never negative, and FEFO never takes a later-expiring lot while
 * an earlier usable one had stock.
 */
class StockPropertyTest extends InventoryTestBase {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void onHandEqualsTheLedgerAndFefoNeverSkipsAnEarlierLot(long seed) {
        Random random = new Random(seed);
        Item lido = lidocaine();
        List<Location> locations = List.of(storeroom(), cart("Cart A"), cart("Cart B"));
        List<LotId> lots = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            Location here = locations.get(random.nextInt(locations.size()));
            int amount = 1 + random.nextInt(8);
            try {
                switch (random.nextInt(5)) {
                    case 0, 1 -> {
                        // A lot number always comes with the same expiry, as on real packaging.
                        int n = random.nextInt(6);
                        lots.add(receiveLot(lido, here, amount, "L" + n, today().plusDays(10L * (1 + n))).entries().get(0).lot());
                    }
                    case 2 -> consumeAndCheckFefo(lido, here, amount);
                    case 3 -> {
                        Location there = locations.get(random.nextInt(locations.size()));
                        if (!there.equals(here)) {
                            stock.transfer(supply, new Transfer(lido.id(), here.id(), there.id(), Quantity.of(amount, "vial"), Optional.empty(), "move"));
                        }
                    }
                    default -> {
                        if (!lots.isEmpty()) {
                            LotId lot = lots.get(random.nextInt(lots.size()));
                            stock.adjust(supply, new Adjustment(lido.id(), here.id(), lot, random.nextBoolean() ? amount : -amount, "count"));
                        }
                    }
                }
            } catch (ConflictException expected) {
                // short stock: refused, and the invariants must still hold
            }
            for (Location location : locations) {
                long onHand = stock.onHand(supply, lido.id(), location.id());
                assertThat(onHand).isNotNegative().isEqualTo(ledgerSum(lido.id(), location.id()));
                assertThat(stock.balances(supply, lido.id(), location.id())).allSatisfy(b -> assertThat(b.onHand()).isPositive());
            }
        }
    }

    private void consumeAndCheckFefo(Item item, Location location, int amount) {
        List<StockBalance> before = stock.balances(supply, item.id(), location.id());
        Movement movement = stock.consume(supply, Consumption.fefo(item.id(), location.id(), Quantity.of(amount, "vial")));
        LocalDate latestTaken = movement.entries().stream().map(e -> stock.lot(supply, e.lot()).expires().orElseThrow())
                .max(LocalDate::compareTo).orElseThrow();
        for (StockBalance b : before) {
            boolean earlier = b.lot().expires().orElseThrow().isBefore(latestTaken);
            if (earlier) {
                long taken = -movement.entries().stream().filter(e -> e.lot().equals(b.lot().id())).mapToLong(LedgerEntry::delta).sum();
                assertThat(taken).as("an earlier-expiring lot is used up before a later one is touched").isEqualTo(b.onHand());
            }
        }
    }
}
