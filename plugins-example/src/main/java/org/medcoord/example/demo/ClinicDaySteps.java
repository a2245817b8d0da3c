package org.medcoord.example.demo;

import java.util.List;

/**
 * The clinic day, in order. Coordination's steps slot in here without touching the others:
 * <ul>
 *   <li>{@link PerformProcedure}'s direct inventory calls give way to coordination's procedure workflow
 *       (kit, charges, endoscope bookings blocked while it is reprocessed);</li>
 *   <li>after {@link AuditPatient}: coordination's daily report.</li>
 * </ul>
 */
final class ClinicDaySteps {

    private ClinicDaySteps() {
    }

    static List<Step> all() {
        return List.of(
                new SetUpClinic(),
                new RegisterPatients(),
                new BookVisits(),
                new BackfillCancellation(),
                new SendReminders(),
                new RunClinicBoard(),
                new ChartTheVisit(),
                new PerformProcedure(),
                new BillTheDay(),
                new ReviewSupplies(),
                new AuditPatient());
    }
}
