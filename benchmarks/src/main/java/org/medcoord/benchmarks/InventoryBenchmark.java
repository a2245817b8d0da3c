package org.medcoord.benchmarks;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.Consumption;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.StockService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The inventory module through its public services on the in-memory engine, with encryption, access
 * checks and audit as an application gets them (issue 6): consumption of one item by 1 and by 8 threads
 * (every consumption locks the same item and location, so 8 threads measure contention, not speed-up);
 * a FEFO pick among 10,000 lots at one location; reorder suggestions for 5,000 items at 20 locations.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar InventoryBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InventoryBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    /** A started MedCoord with one tenant's supply clerk. */
    public abstract static class Running {
        MedCoord medcoord;
        AccessContext supply;
        CatalogService catalog;
        StockService stock;
        ReorderService reorder;

        void start() {
            medcoord = MedCoord.builder()
                    .setting(MedCoord.STORAGE_SETTING, "memory")
                    .setting("medcoord.keys.encryption", randomKey())
                    .setting("medcoord.keys.token", randomKey())
                    .clock(java.time.Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                    .build();
            supply = AccessContext.of(TenantId.of("bench"), Principal.of("supply-bench", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
            catalog = medcoord.service(CatalogService.class);
            stock = medcoord.service(StockService.class);
            reorder = medcoord.service(ReorderService.class);
        }

        Location location(String name) {
            return catalog.defineLocation(supply, new NewLocation(name, LocationKind.STOREROOM, ZoneOffset.UTC));
        }

        @TearDown(Level.Trial)
        public void stop() {
            medcoord.close();
        }
    }

    /** One item with practically endless stock at one location. */
    @State(Scope.Benchmark)
    public static class OneItem extends Running {
        Item gauze;
        Location room;

        @Setup(Level.Trial)
        public void setUp() {
            start();
            room = location("Storeroom");
            gauze = catalog.defineItem(supply, NewItem.supply("Gauze", "each"));
            stock.receive(supply, Receipt.untracked(gauze.id(), room.id(), Quantity.of(1_000_000_000_000L, "each")));
        }
    }

    /** One item with 10,000 lots at one location, each expiring on a different day. */
    @State(Scope.Benchmark)
    public static class ManyLots extends Running {
        static final int LOTS = 10_000;
        Item suture;
        Location room;

        @Setup(Level.Trial)
        public void setUp() {
            start();
            room = location("OR core");
            suture = catalog.defineItem(supply, NewItem.supply("Suture", "each").withLots(true));
            // Received latest-expiring first, so the lot FEFO must pick is the last one written.
            for (int i = LOTS; i >= 1; i--) {
                stock.receive(supply, Receipt.ofLot(suture.id(), room.id(), Quantity.of(1_000_000, "each"), "L" + i, TODAY.plusDays(i)));
            }
        }
    }

    /** 5,000 items with par levels at each of 20 locations; every other item is below its reorder point. */
    @State(Scope.Benchmark)
    public static class Pars extends Running {
        static final int ITEMS = 5_000;
        static final int LOCATIONS = 20;
        final List<Location> locations = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp() {
            start();
            for (int l = 0; l < LOCATIONS; l++) {
                locations.add(location("Cart " + l));
            }
            for (int i = 0; i < ITEMS; i++) {
                Item item = catalog.defineItem(supply, NewItem.supply("Item " + i, "each"));
                for (Location at : locations) {
                    catalog.setParLevel(supply, new ParLevel(item.id(), at.id(), 5, 20, 100));
                    stock.receive(supply, Receipt.untracked(item.id(), at.id(), Quantity.of(i % 2 == 0 ? 10 : 50, "each")));
                }
            }
        }
    }

    @Benchmark
    @Threads(1)
    public Movement consumeOneItemOneThread(OneItem state) {
        return state.stock.consume(state.supply, Consumption.fefo(state.gauze.id(), state.room.id(), Quantity.of(1, "each")));
    }

    @Benchmark
    @Threads(8)
    public Movement consumeOneItemEightThreads(OneItem state) {
        return state.stock.consume(state.supply, Consumption.fefo(state.gauze.id(), state.room.id(), Quantity.of(1, "each")));
    }

    @Benchmark
    public Movement fefoPickAmong10000Lots(ManyLots state) {
        return state.stock.consume(state.supply, Consumption.fefo(state.suture.id(), state.room.id(), Quantity.of(1, "each")));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public void reorderSuggestions5000ItemsAt20Locations(Pars state, Blackhole sink) {
        for (Location at : state.locations) {
            sink.consume(state.reorder.suggestions(state.supply, at.id()));
        }
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
