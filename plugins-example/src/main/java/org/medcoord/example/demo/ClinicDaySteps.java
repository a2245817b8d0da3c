package org.medcoord.example.demo;

import java.util.List;

/**
 * The clinic day, in order. A new step is one more class here; each finds what earlier runs stored by stable
 * keys. The procedure still consumes its kit and the billing step captures its charges by calling inventory
 * and billing directly: loading coordination's procedure catalog (kit, equipment type, billing codes,
 * {@code ChargeSetup}) would hand both to its fulfilment workflow instead.
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
                new AuditPatient(),
                new CoordinatorReport());
    }
}
