package org.medcoord.example.demo;

import java.util.List;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskType;
import org.medcoord.coordination.Worklist;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.DueMaintenance;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.ReorderSuggestion;
import org.medcoord.inventory.StockBalance;
import org.medcoord.inventory.StockService;

/**
 * End of day in the supply room: reorder suggestions from the par levels, lots expiring soon and
 * maintenance falling due; the distributor's evening delivery restocks what was suggested, so the next
 * day's procedure finds its kit.
 */
final class ReviewSupplies implements Step {

    @Override
    public String title() {
        return "Supplies: reorder suggestions, expiring lots, maintenance due, delivery";
    }

    @Override
    public void run(Day day) {
        day.at(17, 0);
        CatalogService catalog = day.service(CatalogService.class);
        StockService stock = day.service(StockService.class);
        List<ReorderSuggestion> suggestions = day.service(ReorderService.class).suggestions(day.supply, day.procedureRoom);
        DayReport.Table t = day.report.table("reorder at Procedure room", "usable", "on order", "reorder point", "max", "suggested");
        long suggestedUnits = 0;
        for (ReorderSuggestion s : suggestions) {
            t.row(catalog.item(day.supply, s.item()).name(), s.usableOnHand(), s.onOrder(), s.reorderPoint(), s.maximum(), s.suggested());
            suggestedUnits += s.suggested();
        }
        t.total("total", "", "", "", "", suggestedUnits);
        t.print();
        day.count("reorder lines suggested", suggestions.size());
        Worklist worklist = day.service(Worklist.class);
        List<Task> purchase = worklist.mine(day.supply).stream().filter(task -> task.type() == TaskType.PURCHASE_SUGGESTION).toList();
        DayReport.Table w = day.report.table("supply worklist (raised by coordination)", "item", "priority", "due", "what coordination saw");
        for (Task task : purchase) {
            String item = task.subject().map(subject -> subject.substring(subject.indexOf('/') + 1)).map(ItemId::parse)
                    .map(id -> catalog.item(day.supply, id).name()).orElse("-");
            w.row(task.title(), item, task.priority(), DayReport.time(task.due(), day.zone) + " " + task.due().atZone(day.zone).toLocalDate(),
                    task.detail().substring(task.detail().indexOf(": ") + 2));
            day.tasksSeen.add(task.id());
        }
        w.print();

        DayReport.Table exp = day.report.table("expiring within 60 days", "lot", "expires", "on hand");
        for (StockBalance b : stock.expiringWithin(day.supply, day.procedureRoom, 60)) {
            exp.row(catalog.item(day.supply, b.item()).name(), b.lot().lotNumber(), b.lot().expires().map(Object::toString).orElse("-"),
                    b.onHand());
        }
        exp.print();

        List<DueMaintenance> due = day.service(EquipmentService.class).maintenanceDue(day.supply, day.procedureRoom, 30);
        DayReport.Table m = day.report.table("maintenance due (30 days)", "kind", "due on", "due at uses", "overdue");
        for (DueMaintenance d : due) {
            m.row("CS-7 " + d.plan(), d.kind(), d.dueOn().map(Object::toString).orElse("-"),
                    d.dueAtUses().map(Object::toString).orElse("-"), d.overdue() ? "OVERDUE" : "no");
        }
        m.print();
        day.count("maintenance items due", due.size());
        EquipmentService equipment = day.service(EquipmentService.class);
        for (DueMaintenance d : due) {
            if (d.overdue()) {
                equipment.startMaintenance(day.supply, d.asset());
                equipment.completeMaintenance(day.supply, d.asset(), d.plan());
                day.report.line("17:00 biomed completes the overdue '%s' of CS-7", d.plan());
                day.count("maintenance completed", 1);
            }
        }

        day.at(17, 15);
        int received = 0;
        for (ReorderSuggestion s : suggestions) {
            if (s.suggested() <= 0) {
                continue;
            }
            Item item = catalog.item(day.supply, s.item());
            Quantity quantity = Quantity.of(s.suggested(), item.baseUnit());
            stock.receive(day.supply, item.lotTracked()
                    ? Receipt.ofLot(item.id(), day.procedureRoom, quantity, lotPrefix(item) + day.date.toString().replace("-", ""),
                            day.date.plusDays(365))
                    : Receipt.untracked(item.id(), day.procedureRoom, quantity));
            received++;
        }
        day.report.line("17:15 the distributor's delivery restocks %d item(s) to their maximum", received);
        for (Task task : purchase) {
            worklist.start(day.supply, task.id());
            worklist.complete(day.supply, task.id(), "ordered and received in the evening delivery");
        }
        day.report.line("17:15 supply-joe completes %d purchase-suggestion task(s)", purchase.size());
        day.count("purchase-suggestion tasks completed", purchase.size());
    }

    private static String lotPrefix(Item item) {
        return item.name().substring(0, 2).toUpperCase(java.util.Locale.ROOT) + "-";
    }
}
