package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.Consumption;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.ResourceBlocked;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.NewAsset;
import org.medcoord.scheduling.Resource;

/**
 * Issue #8: every event's effect happens once even when the outbox is delivered twice, read by two consumers, or
 * read by two consumers racing on real threads.
 */
class ExactlyOnceTest extends CoordinationTestBase {

    /** One outage of a linked scope and one item falling below its reorder point: two effects, each must happen once. */
    private void twoCauses() {
        Resource scope = resources.register(desk, NewResource.of(ResourceKind.EQUIPMENT, "Endoscope 2", NEW_YORK));
        Location suite = inventoryCatalog.defineLocation(supply, new NewLocation("Suite", LocationKind.STOREROOM, NEW_YORK));
        Item scopeType = inventoryCatalog.defineItem(supply, new NewItem("Gastroscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
        Asset asset = equipment.register(supply, new NewAsset(scopeType.id(), "GIF-1", suite.id(), false, List.of()));
        workflows.link(coordinator, asset.id(), scope.id());
        equipment.takeOutOfService(supply, asset.id(), START, Optional.empty(), "leak test failed");

        Item gloves = inventoryCatalog.defineItem(supply, NewItem.supply("Nitrile gloves", "each"));
        inventoryCatalog.setParLevel(supply, new ParLevel(gloves.id(), suite.id(), 10, 50, 200));
        stock.receive(supply, Receipt.untracked(gloves.id(), suite.id(), Quantity.of(60, "each")));
        stock.consume(supply, Consumption.fefo(gloves.id(), suite.id(), Quantity.of(20, "each")));
    }

    private long blocks() {
        return events(ResourceBlocked.class).size();
    }

    private long purchaseTasks() {
        return worklist.mine(as("supply-2", org.medcoord.core.access.Roles.SUPPLY, org.medcoord.core.access.PurposeOfUse.OPERATIONS))
                .stream().filter(t -> t.type() == TaskType.PURCHASE_SUGGESTION).count();
    }

    @Test
    void deliveringEveryEventTwiceAppliesEachEffectOnce() {
        twoCauses();
        WorkflowRun first = drain("workflows");
        assertThat(first.handled()).isEqualTo(outboxSize());
        assertThat(first.failed()).isZero();

        // the whole outbox delivered again, to a consumer that starts from the beginning
        WorkflowRun again = drain("second-delivery");

        assertThat(again.handled()).isZero();
        assertThat(again.alreadyHandled()).isEqualTo(outboxSize());
        assertThat(blocks()).isEqualTo(1);
        assertThat(purchaseTasks()).isEqualTo(1);
    }

    @Test
    void twoConsumersReadingTheSameOutboxApplyEachEffectOnceAndEachKeepsItsOwnPosition() {
        twoCauses();
        int before = outboxSize();

        WorkflowRun a = workflows.run(system, "process-a", 10_000);
        WorkflowRun b = workflows.run(system, "process-b", 10_000);

        assertThat(a.handled()).isEqualTo(before);
        // b finds every event a handled; it handles only what a's effects published after a read the outbox
        assertThat(b.alreadyHandled()).isEqualTo(before);
        assertThat(b.handled()).isEqualTo(outboxSize() - before).isPositive();
        assertThat(workflows.position(system, "process-a")).isEqualTo(before);
        assertThat(workflows.position(system, "process-b")).isEqualTo(b.position());
        assertThat(blocks()).isEqualTo(1);
        assertThat(purchaseTasks()).isEqualTo(1);
    }

    @Test
    void aRestartedConsumerReadsOnFromItsStoredPosition() {
        twoCauses();
        WorkflowRun partial = workflows.run(system, "workflows", 3);
        assertThat(partial.position()).isEqualTo(3);
        assertThat(workflows.position(system, "workflows")).isEqualTo(3);

        // a new process: nothing in memory, only the stored position
        WorkflowRun rest = drain("workflows");

        assertThat(rest.alreadyHandled()).isZero();
        assertThat(partial.handled() + rest.handled()).isEqualTo(outboxSize());
        assertThat(blocks()).isEqualTo(1);
        assertThat(purchaseTasks()).isEqualTo(1);
    }

    @Test
    void consumersRacingOnRealThreadsApplyEachEffectOnce() throws Exception {
        twoCauses();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        int handled = 0;
        try {
            List<Future<WorkflowRun>> runs = new ArrayList<>();
            // two threads share a consumer name (two processes of one deployment), two have names of their own
            for (String consumer : List.of("racer-a", "racer-b", "racer-c", "racer-a")) {
                Callable<WorkflowRun> run = () -> {
                    go.await();
                    return workflows.run(system, consumer, 10_000);
                };
                runs.add(pool.submit(run));
            }
            go.countDown();
            for (Future<WorkflowRun> run : runs) {
                handled += run.get(60, TimeUnit.SECONDS).handled();
            }
        } finally {
            pool.shutdownNow();
        }
        handled += drain("racer-a").handled() + drain("racer-b").handled() + drain("racer-c").handled();

        assertThat(handled).isEqualTo(outboxSize());
        assertThat(drain("latecomer").handled()).isZero();
        assertThat(blocks()).isEqualTo(1);
        assertThat(purchaseTasks()).isEqualTo(1);
    }
}
