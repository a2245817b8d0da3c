package org.medcoord.example.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.medcoord.core.ConflictException;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.ReprocessingMethod;
import org.medcoord.inventory.StockService;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.Encounters;
import org.medcoord.records.OpenEncounter;
import org.medcoord.scheduling.Admission;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.BedStatus;
import org.medcoord.scheduling.Block;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.PatientFlowService;

/**
 * David's colonoscopy: through the board, recovery in a bed, the colonoscope to reprocessing. The demo only does
 * each domain's own work (check-out, the scope's use and reprocessing cycle); coordination's workflows consume the
 * supply kit first-expiry-first-out, capture the charges, request the follow-up and block the endoscope's bookings
 * while it awaits reprocessing, and the demo reads their effects back.
 */
final class PerformProcedure implements Step {

    @Override
    public String title() {
        return "Procedure: colonoscopy, supply kit (FEFO), endoscope reprocessing, recovery bed";
    }

    @Override
    public void run(Day day) {
        day.at(12, 0);
        DispatchReport r = day.runReminderJob();
        day.report.line("reminder job at 12:00: %d sent, %d skipped, %d failed", r.sent(), r.skipped(), r.failed());

        PatientFlowService flow = day.service(PatientFlowService.class);
        AppointmentId procedure = day.appointments.get("P-04");
        var david = day.patient("P-04").id();
        day.at(12, 40);
        flow.checkIn(day.desk, procedure);
        day.at(12, 50);
        flow.room(day.nurse, procedure, day.resource("Procedure room"));
        day.at(13, 0);
        flow.withClinician(day.drOkafor, procedure);
        Encounters encounters = day.service(Encounters.class);
        Encounter encounter = encounters.findByAppointment(day.drOkafor, procedure.value()).orElseGet(() -> encounters.open(day.drOkafor,
                new OpenEncounter(david, EncounterClass.AMBULATORY, day.time(13, 0), "screening colonoscopy", Optional.of(procedure.value()))));
        day.report.line("12:40 %s checked in; 12:50 in the Procedure room; 13:00 Dr Okafor starts (encounter %s)", day.label("P-04"),
                encounter.id().asString().substring(0, 8));

        EquipmentService equipment = day.service(EquipmentService.class);
        day.at(13, 45);
        flow.checkOut(day.desk, procedure);
        Asset scope = equipment.recordUse(day.supply, day.colonoscope);
        day.report.line("13:45 %s checked out; colonoscope CS-7 used (%d uses): %s", day.label("P-04"), scope.uses(), scope.status());
        // the fulfilled colonoscopy and the scope awaiting reprocessing: coordination's workflows do the rest
        day.runWorkflows();
        printKit(day, encounter);
        RunClinicBoard.printCharges(day, List.of("P-04"), "charges captured by coordination");
        for (FollowUp f : day.service(FollowUpService.class).open(day.coordinator, david).stream()
                .filter(f -> LocalDate.ofInstant(f.requested(), day.zone).equals(day.date)).toList()) {
            day.report.line("   follow-up requested: office visit between %s and %s (%s)", LocalDate.ofInstant(f.dueFrom(), day.zone),
                    LocalDate.ofInstant(f.dueBy(), day.zone), f.status());
        }
        Instant now = day.clock.instant();
        ResourceService resources = day.service(ResourceService.class);
        List<Block> blocked = resources.activeBlocks(day.desk, day.resource("Colonoscope 7"), now, now.plus(Duration.ofDays(1)));
        if (blocked.isEmpty()) {
            throw new IllegalStateException("MC-EXAMPLE-034: coordination did not block the endoscope awaiting reprocessing");
        }
        for (Block b : blocked) {
            day.report.line("   coordination's workflow blocks Colonoscope 7 from %s (%s)", day.hhmm(b.start()), b.reason());
        }
        try {
            day.service(AppointmentService.class).book(day.desk, BookingRequest.of(day.patient("P-02").id(),
                    day.serviceTypes.get(SetUpClinic.COLONOSCOPY), day.time(14, 30), Map.of("gastroenterologist", day.resource("Dr Okafor"),
                            "procedure-room", day.resource("Procedure room"), "endoscope", day.resource("Colonoscope 7"))));
            throw new IllegalStateException("MC-EXAMPLE-031: a booking of the endoscope awaiting reprocessing went through");
        } catch (ConflictException e) {
            day.report.line("   a 14:30 colonoscopy for %s is refused while the scope is out: %s", day.label("P-02"), e.code());
        }

        AdmissionService admissions = day.service(AdmissionService.class);
        Admission recovery = admissions.admit(day.nurse, david, day.resource("Recovery bed 1"));
        printBeds(day, admissions, "beds at 13:45");

        day.at(14, 20);
        scope = equipment.recordReprocessing(day.supply, day.colonoscope, ReprocessingMethod.HIGH_LEVEL_DISINFECTION, true,
                "AER cycle " + day.date + " 14:20");
        day.report.line("14:20 high-level disinfection passed: colonoscope CS-7 %s", scope.status());
        day.runWorkflows();
        int blocks = resources.activeBlocks(day.desk, day.resource("Colonoscope 7"), day.clock.instant(),
                day.clock.instant().plus(Duration.ofDays(1))).size();
        day.report.line("   coordination lifts the block: %d block(s) left on Colonoscope 7", blocks);

        day.at(14, 45);
        admissions.discharge(day.nurse, recovery.id());
        encounters.finish(day.drOkafor, encounter.id(), encounter.version(), day.time(14, 45));
        day.at(15, 0);
        admissions.cleaned(day.desk, day.resource("Recovery bed 1"));
        day.report.line("14:45 %s discharged from Recovery bed 1; 15:00 bed cleaned", day.label("P-04"));
        printBeds(day, admissions, "beds at 15:00");
        day.count("procedures performed", 1);
    }

    /** The kit lines coordination consumed for the encounter, read back from inventory's ledger. */
    private static void printKit(Day day, Encounter encounter) {
        CatalogService catalog = day.service(CatalogService.class);
        StockService stock = day.service(StockService.class);
        DayReport.Table t = day.report.table("kit line (consumed by coordination)", "lot", "expires", "used", "left in lot");
        long used = 0;
        for (ItemId item : day.items.values()) {
            for (LedgerEntry e : stock.ledger(day.supply, item, 1, 10_000)) {
                if (e.kit().isEmpty() || !e.encounter().equals(Optional.of(encounter.id().value()))) {
                    continue;
                }
                var lot = stock.lot(day.supply, e.lot());
                t.row(catalog.item(day.supply, e.item()).name(), lot.lotNumber(), lot.expires().map(Object::toString).orElse("-"),
                        -e.delta(), e.onHandAfter());
                used += -e.delta();
            }
        }
        if (used == 0) {
            throw new IllegalStateException("MC-EXAMPLE-032: coordination consumed no kit for the colonoscopy; see the coordinator's worklist");
        }
        t.total("total", "", "", used, "");
        t.print();
        day.report.line("FEFO: each line took the usable lot that expires first");
        day.count("supply units consumed", used);
    }

    private static void printBeds(Day day, AdmissionService admissions, String title) {
        DayReport.Table beds = day.report.table(title, "state", "since", "patient");
        for (BedStatus b : admissions.board(day.nurse)) {
            beds.row(day.resourceName(b.bed()), b.state(), day.hhmm(b.since()), b.patient().map(p -> day.label(day.keyOf(p))).orElse("-"));
        }
        beds.print();
    }
}
