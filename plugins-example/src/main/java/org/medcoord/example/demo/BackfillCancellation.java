package org.medcoord.example.demo;

import java.util.List;
import java.util.Map;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.NewWaitlistEntry;
import org.medcoord.scheduling.SlotOffer;
import org.medcoord.scheduling.WaitlistEntry;
import org.medcoord.scheduling.WaitlistService;

/**
 * Farid waits for a late-morning visit with Dr Okafor; Elena cancels her 11:00; MedCoord offers the freed
 * time to the waitlist on its own (holding it for the offer) and Farid accepts.
 */
final class BackfillCancellation implements Step {

    @Override
    public String title() {
        return "Cancellation backfilled from the waitlist";
    }

    @Override
    public void run(Day day) {
        AppointmentService appointments = day.service(AppointmentService.class);
        WaitlistService waitlist = day.service(WaitlistService.class);

        day.at(7, 20);
        WaitlistEntry entry = waitlist.add(day.desk, new NewWaitlistEntry(day.patient("P-06").id(),
                day.serviceTypes.get(SetUpClinic.OFFICE_VISIT), day.time(10, 30), day.time(12, 30),
                Map.of("clinician", day.resource("Dr Okafor")), 2));
        day.report.line("07:20 %s joins the waitlist: office visit with Dr Okafor, 10:30-12:30, priority %d",
                day.label("P-06"), entry.priority());

        day.at(7, 30);
        Appointment cancelled = appointments.cancel(day.desk, day.appointments.get("P-05"), "patient called: unwell");
        day.report.line("07:30 %s cancels the %s visit (%s)", day.label("P-05"), day.hhmm(cancelled.start()),
                cancelled.cancelReason().orElse(""));

        List<SlotOffer> offers = waitlist.offers(day.desk, entry.id());
        if (offers.isEmpty()) {
            throw new IllegalStateException("MC-EXAMPLE-020: the cancellation produced no waitlist offer");
        }
        SlotOffer offer = offers.get(0);
        day.report.line("07:30 offer %s: %s-%s, held until %s", offer.id().asString().substring(0, 8), day.hhmm(offer.slot().start()),
                day.hhmm(offer.slot().end()), day.hhmm(offer.expires()));

        day.at(7, 35);
        Appointment backfilled = waitlist.accept(day.desk, offer.id());
        day.appointments.put("P-06", backfilled.id());
        DayReport.Table t = day.report.table("time", "patient", "resources (held interval)", "status");
        t.row(day.hhmm(cancelled.start()), day.label("P-05"), BookVisits.held(day, cancelled.allocations()), cancelled.status());
        t.row(day.hhmm(backfilled.start()), day.label("P-06"), BookVisits.held(day, backfilled.allocations()), backfilled.status());
        t.print();
        day.count("appointments cancelled", 1);
        day.count("appointments backfilled from the waitlist", 1);
    }
}
