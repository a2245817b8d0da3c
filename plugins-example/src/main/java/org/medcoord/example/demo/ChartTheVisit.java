package org.medcoord.example.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.Bmi;
import org.medcoord.records.Dose;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.Encounters;
import org.medcoord.records.Frequency;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OpenEncounter;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.OrderOutcome;
import org.medcoord.records.OrderStatus;
import org.medcoord.records.OrderWarning;
import org.medcoord.records.Route;
import org.medcoord.records.ScheduledDose;
import org.medcoord.records.Vital;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;

/**
 * Ana's visit in her chart: the encounter (linked to the appointment), vitals, a medication order that
 * comes back with an allergy warning (she is allergic to penicillin) so Dr Okafor orders another drug,
 * and the doses due in the next 24 hours. Then the example access rule: a medical student on shift may
 * read the vitals but not write them.
 */
final class ChartTheVisit implements Step {

    static final Coding PENICILLIN_G = new Coding(CodeSystems.RXNORM, "7980", "Penicillin G");
    static final Coding AZITHROMYCIN = new Coding(CodeSystems.RXNORM, "18631", "Azithromycin");

    @Override
    public String title() {
        return "Ana's chart: vitals, a medication order with an allergy warning, doses due";
    }

    @Override
    public void run(Day day) {
        Instant now = day.at(11, 40);
        var ana = day.patient("P-01").id();
        Encounters encounters = day.service(Encounters.class);
        UUID appointment = day.appointments.get("P-01").value();
        Encounter encounter = encounters.findByAppointment(day.drOkafor, appointment)
                .orElseGet(() -> encounters.open(day.drOkafor, new OpenEncounter(ana, EncounterClass.AMBULATORY, day.time(9, 5),
                        "hypertension follow-up", Optional.of(appointment))));
        day.report.line("encounter %s opened %s for the 09:00 appointment", encounter.id().asString().substring(0, 8),
                day.hhmm(encounter.start()));

        Vitals vitals = day.service(Vitals.class);
        Instant taken = day.time(9, 2);
        DayReport.Table t = day.report.table("vital (taken 09:02 by rn-diaz)", "value", "unit", "flag");
        record V(VitalKind kind, String value, String unit) {
        }
        for (V v : List.of(new V(VitalKind.SYSTOLIC_BP, "148", "mm[Hg]"), new V(VitalKind.DIASTOLIC_BP, "92", "mm[Hg]"),
                new V(VitalKind.HEART_RATE, "78", "/min"), new V(VitalKind.TEMPERATURE, "36.8", "Cel"),
                new V(VitalKind.WEIGHT, "68.5", "kg"), new V(VitalKind.HEIGHT, "165", "cm"))) {
            Vital recorded = vitals.record(day.nurse, ana, v.kind(), new BigDecimal(v.value()), v.unit(), taken, Optional.of(encounter.id()));
            t.row(v.kind(), recorded.value().toPlainString(), recorded.unit(), recorded.flag());
        }
        Optional<Bmi> bmi = vitals.bmi(day.drOkafor, ana);
        bmi.ifPresent(b -> t.row("BMI", b.value().toPlainString(), "kg/m2", b.flag()));
        t.print();
        day.count("vitals recorded", 6);

        MedicationSchedules mar = day.service(MedicationSchedules.class);
        // a second run finds yesterday's course still active: it ends before today's order
        for (MedicationOrder previous : mar.orders(day.drOkafor, ana)) {
            if (previous.status() == OrderStatus.ACTIVE && previous.drug().code().equals(AZITHROMYCIN.code())) {
                mar.stop(day.drOkafor, previous.id(), previous.version(), now);
                day.report.line("stopped the previous azithromycin order %s (course finished)", previous.id().asString().substring(0, 8));
            }
        }
        OrderOutcome first = mar.order(day.drOkafor, new OrderMedication(ana, PENICILLIN_G, Dose.of("2000000", "[iU]"), Route.INTRAMUSCULAR,
                Frequency.parse("q6h"), day.zone, now, Optional.of(now.plus(Duration.ofDays(7))), "Exam room 1", Set.of()));
        day.report.line("Dr Okafor orders %s 2 million units IM q6h: %s", PENICILLIN_G.display(),
                first.placed() ? "placed" : "NOT placed, the order comes back with warnings to acknowledge:");
        for (OrderWarning w : first.warnings()) {
            day.report.line("  ! %s: %s", w.kind(), w.message());
        }
        if (first.placed()) {
            throw new IllegalStateException("MC-EXAMPLE-024: an order of a drug the patient is allergic to was placed without a warning");
        }
        day.count("medication warnings", first.warnings().size());
        OrderOutcome second = mar.order(day.drOkafor, new OrderMedication(ana, AZITHROMYCIN, Dose.of("250", "mg"), Route.ORAL,
                Frequency.parse("daily"), day.zone, now, Optional.of(now.plus(Duration.ofDays(5))), "Exam room 1", Set.of()));
        MedicationOrder order = second.order().orElseThrow(() -> new IllegalStateException(
                "MC-EXAMPLE-021: the alternative order came back with warnings " + second.warnings().stream().map(OrderWarning::kind).toList()));
        day.report.line("Dr Okafor orders %s 250 mg daily for 5 days: placed (order %s)", AZITHROMYCIN.display(),
                order.id().asString().substring(0, 8));
        day.count("medication orders placed", 1);

        List<ScheduledDose> due = mar.schedule(day.nurse, order.id(), now, now.plus(Duration.ofDays(1)));
        DayReport.Table doses = day.report.table("dose due (next 24 h)", "drug", "dose", "status");
        for (ScheduledDose d : due) {
            doses.row(d.dueAt().atZone(day.zone).toLocalDateTime().toString().replace('T', ' '), AZITHROMYCIN.display(),
                    "250 mg oral", d.outcome().map(Object::toString).orElse("due"));
        }
        doses.total("doses", "", due.size(), "");
        doses.print();

        Encounter finished = encounters.finish(day.drOkafor, encounter.id(), encounter.version(), day.time(9, 30));
        day.report.line("encounter finished %s", day.hhmm(finished.end().orElseThrow()));

        // the example AccessPolicy rule: a student on shift reads, but never writes
        int read = vitals.series(day.student, ana, VitalKind.SYSTOLIC_BP, day.time(0, 0), now.plusSeconds(1)).size();
        day.report.line("student-kim (role student, on shift 07:00-19:00) reads Ana's blood pressure: permitted, %d reading(s)", read);
        try {
            vitals.record(day.student, ana, VitalKind.HEART_RATE, new BigDecimal("80"), "/min", now, Optional.empty());
            throw new IllegalStateException("MC-EXAMPLE-022: the student-shift rule let a student write a vital");
        } catch (AccessDeniedException e) {
            day.report.line("student-kim records a heart rate: denied and audited (%s)", e.code());
        }
    }
}
