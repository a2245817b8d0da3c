package org.medcoord.example.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medcoord.billing.AgingBuckets;
import org.medcoord.coordination.DailyReport;
import org.medcoord.coordination.DailyReports;
import org.medcoord.coordination.ReportScope;
import org.medcoord.coordination.Task;
import org.medcoord.coordination.TaskId;
import org.medcoord.coordination.Worklist;

/**
 * The coordinator's end of day: coordination's workflows catch up with the day's events from the outbox,
 * the worklists show the work still open, then coordination's daily report for each room (appointments by status, waits, beds, stock alerts, maintenance,
 * open work, claims and accounts receivable).
 */
final class CoordinatorReport implements Step {

    /** The demo's outbox consumer name: every run continues where the last one stopped. */
    static final String CONSUMER = "clinic-day-demo";

    @Override
    public String title() {
        return "Coordinator's daily report";
    }

    @Override
    public void run(Day day) {
        day.at(17, 45);
        day.runWorkflows();
        int[] counts = day.workflowCounts();
        day.report.line("today coordination's workflows handled %d events (%d failed)", counts[0], counts[2]);
        printWorklist(day);

        DailyReports reports = day.service(DailyReports.class);
        DayReport.Table t = day.report.table("room", "appointments", "no-show rate", "avg wait", "p90 wait", "beds in use",
                "stock alerts", "maintenance due", "open tasks");
        DailyReport last = null;
        for (String room : List.of("Exam room 1", "Exam room 2", "Procedure room")) {
            boolean stockRoom = room.equals("Procedure room");
            DailyReport r = reports.daily(day.workflowJob, new ReportScope(day.resource(room), day.date, day.zone,
                    stockRoom ? Optional.of(day.procedureRoom) : Optional.empty(), BillTheDay.USD));
            String appointments = r.appointmentsByStatus().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
            t.row(room, appointments.isEmpty() ? "-" : appointments, r.noShowRate().toPlainString(), minutes(r.averageWait()),
                    minutes(r.p90Wait()), r.bedsOccupied() + "/" + r.beds(), stockRoom ? r.stockAlerts().size() : "-",
                    stockRoom ? r.maintenanceDue().size() : "-", r.openTasks());
            last = r;
        }
        t.print();
        DailyReport report = last;
        day.report.line("claims today: %d submitted, %d paid, %d denied", report.claimsSubmitted(), report.claimsPaid(), report.claimsDenied());
        report.accountsReceivable().ifPresent(ar -> {
            DayReport.Table a = day.report.table("accounts receivable", "0-30 days", "31-60", "61-90", "over 90");
            for (Map.Entry<String, AgingBuckets> e : List.of(Map.entry("payers", ar.payers()), Map.entry("patients", ar.patients()))) {
                AgingBuckets b = e.getValue();
                a.row(e.getKey(), b.current().toString(), b.days31to60().toString(), b.days61to90().toString(), b.over90().toString());
            }
            a.print();
        });
        day.count("workflow events handled", counts[0]);
        day.count("workflow events failed", counts[2]);
    }

    /**
     * The coordinator's worklist at the end of the day: what each role still has open (the coordinator's first), then the
     * tasks coordination raised today that supply staff already worked.
     */
    private static void printWorklist(Day day) {
        Worklist worklist = day.service(Worklist.class);
        DayReport.Table t = day.report.table("worklist", "type", "status", "priority", "due", "task", "patient");
        int open = 0;
        for (var who : List.of(Map.entry("coordinator", day.coordinator), Map.entry("billing", day.biller), Map.entry("supply", day.supply),
                Map.entry("nurse", day.nurse))) {
            for (Task task : worklist.mine(who.getValue())) {
                row(day, t, who.getKey(), task);
                open++;
            }
        }
        if (open == 0) {
            t.row("(all roles)", "-", "-", "-", "-", "nothing open", "-");
        }
        for (TaskId id : day.tasksSeen) {
            Task task = worklist.get(day.supply, id);
            row(day, t, task.role().orElse("-") + " (" + task.assignee().orElse("unassigned") + ")", task);
        }
        t.print();
        day.count("open worklist tasks", open);
    }

    private static void row(Day day, DayReport.Table t, String who, Task task) {
        t.row(who, task.type(), task.status(), task.priority() + (task.escalated() ? " (escalated)" : ""),
                task.due().atZone(day.zone).toLocalDate() + " " + day.hhmm(task.due()), task.title(),
                task.patient().map(p -> day.patients.containsKey(day.keyOf(p)) ? day.label(day.keyOf(p)) : "(other)").orElse("-"));
    }

    private static String minutes(Optional<Duration> d) {
        return d.map(x -> x.toMinutes() + " min").orElse("-");
    }
}
