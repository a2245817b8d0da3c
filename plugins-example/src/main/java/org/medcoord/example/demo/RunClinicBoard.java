package org.medcoord.example.demo;

import java.time.Duration;
import java.util.List;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.core.Money;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.BoardEntry;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.PatientFlowService;
import org.medcoord.scheduling.WaitTimes;

/**
 * The office visits on the clinic board: check-in at the desk, rooming by the nurse, the clinician, and
 * check-out; the exam rooms' boards mid-morning and their wait times at the end.
 */
final class RunClinicBoard implements Step {

    @Override
    public String title() {
        return "Clinic board: check-in, rooming, check-out";
    }

    @Override
    public void run(Day day) {
        PatientFlowService flow = day.service(PatientFlowService.class);
        AppointmentId ana = day.appointments.get("P-01");
        AppointmentId ben = day.appointments.get("P-02");
        AppointmentId chloe = day.appointments.get("P-03");
        AppointmentId farid = day.appointments.get("P-06");

        day.at(8, 50);
        flow.checkIn(day.desk, ana);
        flow.checkIn(day.desk, ben);
        day.at(8, 58);
        flow.checkIn(day.desk, chloe);
        day.at(9, 0);
        flow.room(day.nurse, ana, day.resource("Exam room 1"));
        flow.room(day.nurse, ben, day.resource("Exam room 2"));
        day.at(9, 5);
        flow.withClinician(day.drOkafor, ana);
        flow.withClinician(day.drLee, ben);

        day.at(9, 10);
        DayReport.Table board = day.report.table("board at 09:10", "patient", "stage", "room", "since", "waiting", "scheduled");
        for (String room : List.of("Exam room 1", "Exam room 2")) {
            for (BoardEntry e : flow.board(day.desk, day.resource(room))) {
                board.row(room, day.label(day.keyOf(e.patient())), e.stage(), e.room().map(day::resourceName).orElse("-"),
                        day.hhmm(e.since()), minutes(e.waiting()), day.hhmm(e.scheduled()));
            }
        }
        board.print();

        day.at(9, 30);
        flow.checkOut(day.desk, ana);
        flow.checkOut(day.desk, ben);
        DispatchReport r = day.runReminderJob();
        day.report.line("reminder job at 09:30: %d sent, %d skipped, %d failed", r.sent(), r.skipped(), r.failed());
        day.at(9, 34);
        flow.room(day.nurse, chloe, day.resource("Exam room 2"));
        day.at(9, 40);
        flow.withClinician(day.drLee, chloe);
        day.at(10, 5);
        flow.checkOut(day.desk, chloe);
        day.at(10, 52);
        flow.checkIn(day.desk, farid);
        day.at(11, 0);
        flow.room(day.nurse, farid, day.resource("Exam room 1"));
        day.at(11, 4);
        flow.withClinician(day.drOkafor, farid);
        day.at(11, 35);
        flow.checkOut(day.desk, farid);

        DayReport.Table waits = day.report.table("room", "patients seen", "average wait", "longest wait");
        long seen = 0;
        for (String room : List.of("Exam room 1", "Exam room 2")) {
            WaitTimes w = flow.waitTimes(day.desk, day.resource(room), day.date);
            waits.row(room, w.seen(), minutes(w.average()), minutes(w.longest()));
            seen += w.seen();
        }
        waits.total("total", seen, "", "");
        waits.print();
        day.count("office visits checked out", 4);

        // every check-out fulfilled an appointment: coordination's fulfilment workflow captures its charges
        day.at(11, 40);
        day.runWorkflows();
        printCharges(day, List.of("P-01", "P-02", "P-03", "P-06"), "charges captured by coordination");
    }

    /** Prints the open charges of the patients: what coordination's workflow captured when their appointments were fulfilled. */
    static void printCharges(Day day, List<String> patients, String title) {
        ChargeService charges = day.service(ChargeService.class);
        DayReport.Table t = day.report.table(title, "code", "diagnoses", "rendering NPI", "amount", "source");
        Money total = Money.zero(BillTheDay.USD);
        int lines = 0;
        for (String key : patients) {
            for (Charge c : charges.openCharges(day.biller, day.patient(key).id())) {
                if (!c.serviceDate().equals(day.date)) {
                    continue;
                }
                t.row(day.label(key), c.procedure() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers())),
                        String.join(" ", c.diagnoses()), c.renderingNpi(), c.amount().toString(),
                        c.sourceKey().map(k -> k.startsWith("coordination:") ? "workflow" : k).orElse("-"));
                total = total.plus(c.amount());
                lines++;
            }
        }
        if (lines == 0) {
            throw new IllegalStateException("MC-EXAMPLE-033: coordination captured no charges for the fulfilled appointments;"
                    + " see the coordinator's worklist for billing work items");
        }
        t.total("total", "", "", "", total.toString(), "");
        t.print();
        day.count("charge lines captured by coordination", lines);
    }

    static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }
}
