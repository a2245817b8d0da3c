package org.medcoord.testkit.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.billing.BillingModule;
import org.medcoord.coordination.CoordinationModule;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskType;
import org.medcoord.coordination.WorkflowRun;
import org.medcoord.coordination.Workflows;
import org.medcoord.coordination.Worklist;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.event.EventLog;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.Consumption;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.InventoryModule;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.StockService;
import org.medcoord.records.RecordsModule;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.SchedulingModule;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * What every storage engine must support for MedCoord's cross-domain workflows: the unique key that records an
 * outbox event as handled and the lock on a consumer's position must hold when consumers race on real threads,
 * so that each event's effect happens exactly once; and a consumer's position must survive a restart. Extend it
 * and return your provider.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Coordination contract")
public abstract class CoordinationContract {

    private static final int THREADS = 6;
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** @return the provider under test; MedCoord opens one engine from it for the whole class */
    protected abstract StorageProvider storageProvider();

    /** @return settings the provider needs (a JDBC URL, ...) */
    protected Map<String, String> storageSettings() {
        return Map.of();
    }

    /**
     * @return true when two MedCoord instances opened with {@link #storageSettings()} share one store (a
     *         database), so the kit can race two instances the way two processes would; default false
     */
    protected boolean instancesShareStorage() {
        return false;
    }

    private final Map<String, String> keys = TestKeys.settings();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T15:00:00Z"));
    private MedCoord medcoord;
    private Workflows workflows;
    private Worklist worklist;
    private AccessContext system;
    private AccessContext coordinator;
    private AccessContext supply;

    @BeforeAll
    void start() {
        medcoord = open();
        workflows = medcoord.service(Workflows.class);
        worklist = medcoord.service(Worklist.class);
    }

    private MedCoord open() {
        return MedCoord.builder()
                .storage(storageProvider())
                .settings(keys)
                .settings(storageSettings())
                .module(new SchedulingModule())
                .module(new RecordsModule())
                .module(new InventoryModule())
                .module(new BillingModule())
                .module(new CoordinationModule())
                .clock(clock)
                .withoutDiscovery()
                .build();
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        TenantId tenant = TenantId.of("coord-" + UUID.randomUUID().toString().substring(0, 8));
        system = AccessContext.of(tenant, Principal.of("workflow-runner", Roles.SYSTEM), PurposeOfUse.OPERATIONS);
        coordinator = AccessContext.of(tenant, Principal.of("coord-kit", Roles.COORDINATOR), PurposeOfUse.OPERATIONS);
        supply = AccessContext.of(tenant, Principal.of("supply-kit", Roles.SUPPLY), PurposeOfUse.OPERATIONS);
    }

    /** An outage of a linked endoscope and an item falling below its reorder point: two effects that must happen once. */
    private void twoCauses() {
        CatalogService catalog = medcoord.service(CatalogService.class);
        Resource scope = medcoord.service(ResourceService.class).register(coordinator, NewResource.of(ResourceKind.EQUIPMENT, "Scope", ZONE));
        Location suite = catalog.defineLocation(supply, new NewLocation("Suite", LocationKind.STOREROOM, ZONE));
        Item scopeType = catalog.defineItem(supply, new NewItem("Colonoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
        EquipmentService equipment = medcoord.service(EquipmentService.class);
        Asset asset = equipment.register(supply, new NewAsset(scopeType.id(), "SN-" + UUID.randomUUID(), suite.id(), false, List.of()));
        workflows.link(coordinator, asset.id(), scope.id());
        equipment.takeOutOfService(supply, asset.id(), clock.instant(), Optional.empty(), "leak test failed");
        Item gloves = catalog.defineItem(supply, NewItem.supply("Gloves", "each"));
        catalog.setParLevel(supply, new ParLevel(gloves.id(), suite.id(), 10, 50, 200));
        StockService stock = medcoord.service(StockService.class);
        stock.receive(supply, Receipt.untracked(gloves.id(), suite.id(), Quantity.of(60, "each")));
        stock.consume(supply, Consumption.fefo(gloves.id(), suite.id(), Quantity.of(20, "each")));
    }

    private int outboxSize() {
        return medcoord.service(EventLog.class).read(system, 1, 10_000).size();
    }

    private int drain(String consumer) {
        int handled = 0;
        WorkflowRun run;
        do {
            run = workflows.run(system, consumer, 500);
            handled += run.handled();
        } while (run.handled() + run.alreadyHandled() + run.failed() > 0);
        return handled;
    }

    private long tasks(TaskType type, AccessContext who) {
        return worklist.mine(who).stream().map(Task::type).filter(type::equals).count();
    }

    @Nested
    @DisplayName("exactly once")
    class ExactlyOnce {

        @Test
        @DisplayName("consumers racing on real threads, some sharing a name, handle each outbox event once")
        void racingConsumersHandleEachEventOnce() throws Exception {
            twoCauses();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            int handled = 0;
            try {
                List<Future<WorkflowRun>> runs = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    String consumer = "racer-" + (i % 3);
                    runs.add(pool.submit(() -> {
                        go.await();
                        return workflows.run(system, consumer, 10_000);
                    }));
                }
                go.countDown();
                for (Future<WorkflowRun> run : runs) {
                    handled += run.get(120, TimeUnit.SECONDS).handled();
                }
            } finally {
                pool.shutdownNow();
            }
            handled += drain("racer-0") + drain("racer-1") + drain("racer-2");

            assertThat(handled).isEqualTo(outboxSize());
            assertThat(drain("latecomer")).isZero();
            assertThat(tasks(TaskType.PURCHASE_SUGGESTION, supply)).isEqualTo(1);
        }

        @Test
        @DisplayName("two instances on one database, like two processes, handle each outbox event once")
        void twoInstancesHandleEachEventOnce() throws Exception {
            org.junit.jupiter.api.Assumptions.assumeTrue(instancesShareStorage(),
                    "this engine does not share storage between instances (instancesShareStorage() is false)");
            twoCauses();
            try (MedCoord second = open()) {
                List<Workflows> processes = List.of(workflows, second.service(Workflows.class));
                ExecutorService pool = Executors.newFixedThreadPool(4);
                CountDownLatch go = new CountDownLatch(1);
                int handled = 0;
                try {
                    List<Future<WorkflowRun>> runs = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        Workflows process = processes.get(i % 2);
                        String consumer = i < 2 ? "node" : "node-" + i;
                        runs.add(pool.submit(() -> {
                            go.await();
                            return process.run(system, consumer, 10_000);
                        }));
                    }
                    go.countDown();
                    for (Future<WorkflowRun> run : runs) {
                        handled += run.get(120, TimeUnit.SECONDS).handled();
                    }
                } finally {
                    pool.shutdownNow();
                }
                handled += drain("node");

                assertThat(handled).isEqualTo(outboxSize());
                assertThat(drain("latecomer")).isZero();
                assertThat(tasks(TaskType.PURCHASE_SUGGESTION, supply)).isEqualTo(1);
            }
        }

        @Test
        @DisplayName("a second delivery of the whole outbox applies nothing again")
        void aSecondDeliveryAppliesNothing() {
            twoCauses();
            int first = drain("workflows");

            assertThat(first).isEqualTo(outboxSize());
            assertThat(drain("second-delivery")).isZero();
            assertThat(tasks(TaskType.PURCHASE_SUGGESTION, supply)).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("positions")
    class Positions {

        @Test
        @DisplayName("a consumer's position is stored, so a restarted process reads on where it stopped")
        void positionSurvives() {
            twoCauses();
            WorkflowRun partial = workflows.run(system, "workflows", 2);
            clock.advance(Duration.ofSeconds(1));

            assertThat(workflows.position(system, "workflows")).isEqualTo(2);
            assertThat(partial.handled() + drain("workflows")).isEqualTo(outboxSize());
        }
    }
}
