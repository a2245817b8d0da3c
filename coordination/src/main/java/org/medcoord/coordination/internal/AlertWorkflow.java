package org.medcoord.coordination.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.medcoord.coordination.NewTask;
import org.medcoord.coordination.TaskPriority;
import org.medcoord.coordination.TaskType;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Roles;
import org.medcoord.core.data.DataSession;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.ReorderSuggestion;
import org.medcoord.inventory.StockBelowReorderPoint;
import org.medcoord.records.DoseRecorded;

/** Low stock becomes a purchase suggestion for supply staff; a missed dose becomes a task for the nurses. */
final class AlertWorkflow {

    private final Clock clock;
    private final ReorderService reorder;

    AlertWorkflow(Clock clock, ReorderService reorder) {
        this.clock = clock;
        this.reorder = reorder;
    }

    void belowReorderPoint(DataSession s, AccessContext context, StockBelowReorderPoint event) {
        Optional<ReorderSuggestion> suggestion = reorder.suggestions(context, event.location()).stream()
                .filter(r -> r.item().equals(event.item())).findFirst();
        if (suggestion.isEmpty()) {
            // restocked (or already on order) since the event: nothing to suggest
            return;
        }
        ReorderSuggestion r = suggestion.get();
        NewTask task = new NewTask(TaskType.PURCHASE_SUGGESTION, "Order stock: below reorder point",
                "item " + r.item() + " at location " + r.location() + ": usable " + r.usableOnHand() + ", on order " + r.onOrder()
                        + ", reorder point " + r.reorderPoint() + "; suggested quantity " + r.suggested(),
                r.belowMinimum() ? TaskPriority.HIGH : TaskPriority.NORMAL, s.now().plus(Duration.ofDays(1)), Optional.of(Roles.SUPPLY),
                Optional.empty(), Optional.empty(), Optional.of("inventory.item/" + r.item()));
        TaskBook.generate(s, clock, task, "reorder|" + r.item() + "|" + r.location(), List.of());
    }

    void missedDose(DataSession s, DoseRecorded event) {
        NewTask task = new NewTask(TaskType.MISSED_DOSE, "Missed dose: review with the care team",
                "medication order " + event.order() + ", dose due " + event.dueAt(), TaskPriority.HIGH, s.now().plus(Duration.ofHours(1)),
                Optional.of(Roles.NURSE), Optional.empty(), Optional.of(event.patient()),
                Optional.of("records.medication-order/" + event.order()));
        TaskBook.generate(s, clock, task, "missed-dose|" + event.order() + "|" + event.dueAt(), List.of());
    }
}
