package org.medcoord.testkit.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.inventory.Adjustment;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.Consumption;
import org.medcoord.inventory.InventoryModule;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.KitConsumption;
import org.medcoord.inventory.KitService;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.LotStatus;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewKit;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.OpenRecall;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.Recall;
import org.medcoord.inventory.RecallExposure;
import org.medcoord.inventory.RecallService;
import org.medcoord.inventory.StockBalance;
import org.medcoord.inventory.StockService;
import org.medcoord.inventory.Transfer;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every storage engine must support for MedCoord's inventory: on-hand always equal to the sum of
 * the ledger, stock that never goes negative however many threads consume it, kits that are consumed
 * whole or not at all, opposite transfers that do not deadlock, FEFO picking over the engine's ordered
 * queries, and recalls found through the engine's indexes. Extend it and return your provider.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Inventory contract")
public abstract class InventoryContract {

    private static final int THREADS = 8;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** @return the provider under test; MedCoord opens one engine from it for the whole class */
    protected abstract StorageProvider storageProvider();

    /** @return settings the provider needs (a JDBC URL, ...) */
    protected Map<String, String> storageSettings() {
        return Map.of();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T15:00:00Z"));
    private MedCoord medcoord;
    private CatalogService catalog;
    private StockService stock;
    private KitService kits;
    private RecallService recalls;
    private AccessContext supply;

    @BeforeAll
    void start() {
        medcoord = MedCoord.builder()
                .storage(storageProvider())
                .settings(TestKeys.settings())
                .settings(storageSettings())
                .module(new InventoryModule())
                .clock(clock)
                .withoutDiscovery()
                .build();
        catalog = medcoord.service(CatalogService.class);
        stock = medcoord.service(StockService.class);
        kits = medcoord.service(KitService.class);
        recalls = medcoord.service(RecallService.class);
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        TenantId tenant = TenantId.of("inv-" + UUID.randomUUID().toString().substring(0, 8));
        supply = AccessContext.of(tenant, Principal.of("supply-kit", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
    }

    private Location location(String name) {
        return catalog.defineLocation(supply, new NewLocation(name, LocationKind.STOREROOM, ZONE));
    }

    private Item supplyItem(String name) {
        return catalog.defineItem(supply, NewItem.supply(name, "each").withPackUnit("box", 10));
    }

    private Item lotItem(String name) {
        return catalog.defineItem(supply, NewItem.supply(name, "each").withLots(true));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private LotId receiveLot(Item item, Location at, long amount, String lotNumber, LocalDate expires) {
        return stock.receive(supply, Receipt.ofLot(item.id(), at.id(), Quantity.of(amount, "each"), lotNumber, expires))
                .entries().get(0).lot();
    }

    private long ledgerSum(ItemId item, LocationId location) {
        return stock.ledger(supply, item, 1, 10_000).stream().filter(e -> e.location().equals(location)).mapToLong(LedgerEntry::delta).sum();
    }

    private static void race(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    @DisplayName("ledger")
    class Ledger {

        @Test
        @DisplayName("on-hand equals the sum of the ledger after every kind of movement")
        void onHandEqualsTheLedgerAfterMixedMovements() {
            Item item = lotItem("Syringe 10 mL");
            Location room = location("Storeroom");
            Location cart = location("Cart");
            LotId a = receiveLot(item, room, 40, "A", today().plusDays(30));
            receiveLot(item, room, 25, "B", today().plusDays(60));
            stock.consume(supply, Consumption.fefo(item.id(), room.id(), Quantity.of(45, "each")));
            stock.transfer(supply, new Transfer(item.id(), room.id(), cart.id(), Quantity.of(12, "each"), Optional.empty(), "restock"));
            stock.adjust(supply, new Adjustment(item.id(), cart.id(), a, 3, "found in drawer"));

            assertThat(stock.onHand(supply, item.id(), room.id())).isEqualTo(8).isEqualTo(ledgerSum(item.id(), room.id()));
            assertThat(stock.onHand(supply, item.id(), cart.id())).isEqualTo(15).isEqualTo(ledgerSum(item.id(), cart.id()));
            assertThat(stock.ledger(supply, item.id(), 1, 100)).hasSize(7);
        }

        @Test
        @DisplayName("a refused movement leaves neither a balance change nor a ledger entry")
        void refusedMovementChangesNothing() {
            Item item = supplyItem("Gloves M");
            Location room = location("Storeroom");
            stock.receive(supply, Receipt.untracked(item.id(), room.id(), Quantity.of(1, "box")));

            assertThatThrownBy(() -> stock.consume(supply, Consumption.fefo(item.id(), room.id(), Quantity.of(11, "each"))))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-101"));

            assertThat(stock.onHand(supply, item.id(), room.id())).isEqualTo(10);
            assertThat(stock.ledger(supply, item.id(), 1, 100)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("FEFO")
    class Fefo {

        @Test
        @DisplayName("consumption takes the earliest-expiring usable lots first and never a recalled one")
        void earliestUsableLotFirst() {
            Item item = lotItem("Suture 4-0");
            Location room = location("OR core");
            receiveLot(item, room, 5, "LATE", today().plusDays(300));
            receiveLot(item, room, 5, "RECALLED", today().plusDays(5));
            receiveLot(item, room, 2, "EARLY", today().plusDays(20));
            receiveLot(item, room, 5, "MIDDLE", today().plusDays(100));
            recalls.openRecall(supply, new OpenRecall(item.id(), "RECALLED", "notice"));

            Movement movement = stock.consume(supply, Consumption.fefo(item.id(), room.id(), Quantity.of(4, "each")));

            assertThat(movement.entries()).extracting(e -> stock.lot(supply, e.lot()).lotNumber(), LedgerEntry::delta)
                    .containsExactly(tuple("EARLY", -2L), tuple("MIDDLE", -2L));
        }
    }

    @Nested
    @DisplayName("concurrency")
    class Concurrency {

        @Test
        @DisplayName("8 threads x 50 consume-1 attempts on a stock of 100: exactly 100 succeed, on-hand 0, ledger sums to 0")
        void stockNeverGoesNegative() throws Exception {
            Item item = supplyItem("Gauze");
            Location room = location("Storeroom");
            stock.receive(supply, Receipt.untracked(item.id(), room.id(), Quantity.of(10, "box")));
            AtomicInteger succeeded = new AtomicInteger();

            race(THREADS, () -> {
                for (int i = 0; i < 50; i++) {
                    try {
                        stock.consume(supply, Consumption.fefo(item.id(), room.id(), Quantity.of(1, "each")));
                        succeeded.incrementAndGet();
                    } catch (ConflictException e) {
                        // out of stock: refused
                    }
                }
            });

            assertThat(succeeded).hasValue(100);
            assertThat(stock.onHand(supply, item.id(), room.id())).isZero();
            assertThat(ledgerSum(item.id(), room.id())).isZero();
        }

        @Test
        @DisplayName("racing kits never half-consume: every component is taken exactly as many times as kits succeeded")
        void kitsNeverHalfConsume() throws Exception {
            Item plenty = supplyItem("Drape");
            Item scarce = lotItem("Lidocaine vial");
            Location room = location("Procedure room");
            stock.receive(supply, Receipt.untracked(plenty.id(), room.id(), Quantity.of(10, "box")));
            receiveLot(scarce, room, 11, "L1", today().plusDays(30));
            Kit kit = catalog.defineKit(supply, new NewKit("Repair", List.of(new KitComponent(plenty.id(), Quantity.of(2, "each")),
                    new KitComponent(scarce.id(), Quantity.of(2, "each")))));
            AtomicInteger succeeded = new AtomicInteger();

            race(THREADS, () -> {
                for (int i = 0; i < 3; i++) {
                    try {
                        kits.consumeKit(supply, new KitConsumption(kit.id(), room.id(), PatientId.next(clock), UUID.randomUUID(), ""));
                        succeeded.incrementAndGet();
                    } catch (ConflictException e) {
                        // a component ran short: nothing taken
                    }
                }
            });

            assertThat(succeeded).hasValue(5);
            assertThat(stock.onHand(supply, scarce.id(), room.id())).isEqualTo(1).isEqualTo(ledgerSum(scarce.id(), room.id()));
            assertThat(stock.onHand(supply, plenty.id(), room.id())).isEqualTo(100 - 10).isEqualTo(ledgerSum(plenty.id(), room.id()));
        }

        @Test
        @DisplayName("transfers racing in opposite directions between two locations neither deadlock nor lose stock")
        void oppositeTransfersDoNotDeadlock() throws Exception {
            Item item = supplyItem("Gown");
            Location a = location("A");
            Location b = location("B");
            stock.receive(supply, Receipt.untracked(item.id(), a.id(), Quantity.of(5, "box")));
            stock.receive(supply, Receipt.untracked(item.id(), b.id(), Quantity.of(5, "box")));
            AtomicInteger turn = new AtomicInteger();

            race(THREADS, () -> {
                boolean forward = turn.incrementAndGet() % 2 == 0;
                for (int i = 0; i < 20; i++) {
                    try {
                        stock.transfer(supply, new Transfer(item.id(), forward ? a.id() : b.id(), forward ? b.id() : a.id(),
                                Quantity.of(3, "each"), Optional.empty(), "balance carts"));
                    } catch (ConflictException e) {
                        // one side ran dry for a moment
                    }
                }
            });

            long atA = stock.onHand(supply, item.id(), a.id());
            long atB = stock.onHand(supply, item.id(), b.id());
            assertThat(atA + atB).isEqualTo(100);
            assertThat(atA).isEqualTo(ledgerSum(item.id(), a.id()));
            assertThat(atB).isEqualTo(ledgerSum(item.id(), b.id()));
        }
    }

    @Nested
    @DisplayName("recalls")
    class Recalls {

        @Test
        @DisplayName("a recall racing consumptions: every consumption before it is listed, none happens after it")
        void recallRacingConsumptions() throws Exception {
            Item item = lotItem("Mesh implant");
            Location core = location("OR core");
            receiveLot(item, core, 400, "RACE", today().plusDays(400));
            AtomicInteger consumed = new AtomicInteger();
            CountDownLatch someConsumed = new CountDownLatch(20);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> consumers = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    consumers.add(pool.submit(() -> {
                        for (int i = 0; i < 40; i++) {
                            try {
                                stock.consume(supply, Consumption.fefo(item.id(), core.id(), Quantity.of(1, "each"))
                                        .forPatient(PatientId.next(clock), UUID.randomUUID()));
                                consumed.incrementAndGet();
                                someConsumed.countDown();
                            } catch (ConflictException e) {
                                // the lot is recalled: nothing left to pick
                            }
                        }
                        return null;
                    }));
                }
                assertThat(someConsumed.await(60, TimeUnit.SECONDS)).isTrue();
                Recall recall = recalls.openRecall(supply, new OpenRecall(item.id(), "RACE", "notice"));
                for (Future<?> consumer : consumers) {
                    consumer.get(120, TimeUnit.SECONDS);
                }

                long left = stock.onHand(supply, item.id(), core.id());
                assertThat(left).isEqualTo(400 - consumed.get()).isEqualTo(ledgerSum(item.id(), core.id()));
                assertThat(recall.quarantined()).extracting(StockBalance::onHand).containsExactly(left);
                assertThat(recalls.exposures(supply, recall.id())).hasSize(consumed.get());
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a recall quarantines the lot at every location and lists the patients who received it")
        void recallFindsStockAndPatients() {
            Item item = lotItem("Bone screw");
            Location room = location("Storeroom");
            Location core = location("OR core");
            LotId lot = receiveLot(item, room, 6, "R1", today().plusDays(400));
            stock.transfer(supply, new Transfer(item.id(), room.id(), core.id(), Quantity.of(4, "each"), Optional.of(lot), ""));
            PatientId patient = PatientId.next(clock);
            UUID encounter = UUID.randomUUID();
            stock.consume(supply, Consumption.fefo(item.id(), core.id(), Quantity.of(1, "each")).forPatient(patient, encounter));

            Recall recall = recalls.openRecall(supply, new OpenRecall(item.id(), "R1", "field safety notice"));

            assertThat(recall.quarantined()).extracting(StockBalance::location, StockBalance::onHand)
                    .containsExactlyInAnyOrder(tuple(room.id(), 2L), tuple(core.id(), 3L));
            assertThat(stock.lot(supply, lot).status()).isEqualTo(LotStatus.RECALLED);
            assertThat(stock.usableOnHand(supply, item.id(), core.id())).isZero();
            assertThat(recalls.exposures(supply, recall.id())).extracting(RecallExposure::patient, RecallExposure::encounter)
                    .containsExactly(tuple(patient, Optional.of(encounter)));
        }
    }
}
