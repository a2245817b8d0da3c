package org.medcoord.example.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medcoord.scheduling.Allocation;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.ResourceId;

/**
 * The day's bookings: four office visits and a colonoscopy that needs a gastroenterologist, the
 * procedure room and the endoscope at once (all or none, under the storage engine's locks). Each
 * booking carries an idempotency key made of the day and the patient, so repeating it books nothing twice.
 */
final class BookVisits implements Step {

    record Booking(String patient, String service, int hour, int minute, Map<String, String> team) {
    }

    static final List<Booking> BOOKINGS = List.of(
            new Booking("P-01", SetUpClinic.OFFICE_VISIT, 9, 0, Map.of("clinician", "Dr Okafor", "exam-room", "Exam room 1")),
            new Booking("P-02", SetUpClinic.OFFICE_VISIT, 9, 0, Map.of("clinician", "Dr Lee", "exam-room", "Exam room 2")),
            new Booking("P-03", SetUpClinic.OFFICE_VISIT, 9, 30, Map.of("clinician", "Dr Lee", "exam-room", "Exam room 2")),
            new Booking("P-05", SetUpClinic.OFFICE_VISIT, 11, 0, Map.of("clinician", "Dr Okafor", "exam-room", "Exam room 1")),
            new Booking("P-04", SetUpClinic.COLONOSCOPY, 13, 0,
                    Map.of("gastroenterologist", "Dr Okafor", "procedure-room", "Procedure room", "endoscope", "Colonoscope 7")));

    @Override
    public String title() {
        return "Bookings: office visits and a multi-resource procedure";
    }

    @Override
    public void run(Day day) {
        day.at(7, 5);
        AppointmentService appointments = day.service(AppointmentService.class);
        DayReport.Table table = day.report.table("time", "patient", "service", "resources (held interval)", "status");
        int done = 0;
        for (Booking b : BOOKINGS) {
            Map<String, ResourceId> team = b.team().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> day.resource(e.getValue())));
            Instant start = day.time(b.hour(), b.minute());
            Appointment a = appointments.book(day.desk, BookingRequest.of(day.patient(b.patient()).id(), day.serviceTypes.get(b.service()),
                    start, team).withIdempotencyKey("clinic-day-" + day.date + "-" + b.patient()));
            day.appointments.put(b.patient(), a.id());
            table.row(day.hhmm(a.start()) + "-" + day.hhmm(a.end()), day.label(b.patient()), b.service(), held(day, a.allocations()),
                    a.status());
            day.report.progress("bookings", ++done, BOOKINGS.size());
        }
        table.print();
        day.count("appointments booked", BOOKINGS.size());
    }

    static String held(Day day, List<Allocation> allocations) {
        return allocations.stream()
                .map(x -> day.resourceName(x.resource()) + " " + day.hhmm(x.from()) + "-" + day.hhmm(x.to()))
                .collect(Collectors.joining(", "));
    }
}
