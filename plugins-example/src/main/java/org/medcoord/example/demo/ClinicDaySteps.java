package org.medcoord.example.demo;

import java.util.List;

/**
 * The clinic day, in order. A new step is one more class here; each finds what earlier runs stored by stable
 * keys. Every cross-domain effect (a kit consumed, charges captured, a follow-up requested, equipment blocked
 * and unblocked, purchase-suggestion and billing tasks) is coordination's: the steps run its workflows on the
 * outbox after the steps that cause them, as an embedding product's background job would, and read the effects back.
 */
final class ClinicDaySteps {

    private ClinicDaySteps() {
    }

    static List<Step> all() {
        return List.of(
                new SetUpClinic(),
                new LoadProcedureCatalog(),
                new RegisterPatients(),
                new BookVisits(),
                new BackfillCancellation(),
                new SendReminders(),
                new RunClinicBoard(),
                new ChartTheVisit(),
                new PerformProcedure(),
                new BillTheDay(),
                new ReviewSupplies(),
                new AuditPatient(),
                new CoordinatorReport());
    }
}
