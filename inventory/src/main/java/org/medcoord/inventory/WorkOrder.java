package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job on one asset: a repair, or the execution of one of its maintenance plans.
 *
 * @param id          its id
 * @param asset       the asset
 * @param description what is to be done
 * @param plan        the maintenance plan it carries out, if any; completing the order records the plan as done
 * @param openedBy    who opened it
 * @param opened      when
 * @param completedBy who completed it, once completed
 * @param completed   when, once completed
 * @param outcome     what was found and done, once completed
 * @since 0.1.0
 */
public record WorkOrder(WorkOrderId id, AssetId asset, String description, Optional<String> plan, String openedBy, Instant opened,
                        Optional<String> completedBy, Optional<Instant> completed, Optional<String> outcome) {
    public WorkOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(completedBy, "completedBy");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return true until it is completed */
    public boolean open() {
        return completed.isEmpty();
    }
}
