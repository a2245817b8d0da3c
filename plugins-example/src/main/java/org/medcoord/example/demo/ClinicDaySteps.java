package org.medcoord.example.demo;

import java.util.List;

/**
 * The clinic day, in order. Phase 2 slots in here without touching the other steps:
 * <ul>
 *   <li>after {@link PerformProcedure}: billing's steps (charges for the visits and the procedure, scrubbing
 *       with one claim caught by an edit and fixed, submission to the example payer, 835 posting, patient
 *       statements);</li>
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
                new ReviewSupplies(),
                new AuditPatient());
    }
}
