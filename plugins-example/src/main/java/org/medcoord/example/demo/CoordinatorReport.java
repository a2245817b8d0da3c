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
import org.medcoord.coordination.WorkflowRun;
import org.medcoord.coordination.Workflows;

/**
 * The coordinator's end of day: coordination's workflows catch up with the day's events from the outbox,
 * then its daily report for each room (appointments by status, waits, beds, stock alerts, maintenance,
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
        Workflows workflows = day.service(Workflows.class);
        int handled = 0;
        int already = 0;
        int failed = 0;
        WorkflowRun run;
        do {
            run = workflows.run(day.reminderJob, CONSUMER, 10_000);
            handled += run.handled();
            already += run.alreadyHandled();
            failed += run.failed();
        } while (run.handled() + run.alreadyHandled() + run.failed() == 10_000);
        day.report.line("workflows read the outbox up to event %d: %d handled, %d already handled, %d failed", run.position(), handled,
                already, failed);

        DailyReports reports = day.service(DailyReports.class);
        DayReport.Table t = day.report.table("room", "appointments", "no-show rate", "avg wait", "p90 wait", "beds in use",
                "stock alerts", "maintenance due", "open tasks");
        DailyReport last = null;
        for (String room : List.of("Exam room 1", "Exam room 2", "Procedure room")) {
            boolean stockRoom = room.equals("Procedure room");
            DailyReport r = reports.daily(day.reminderJob, new ReportScope(day.resource(room), day.date, day.zone,
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
        day.count("workflow events handled", handled);
    }

    private static String minutes(Optional<Duration> d) {
        return d.map(x -> x.toMinutes() + " min").orElse("-");
    }
}
