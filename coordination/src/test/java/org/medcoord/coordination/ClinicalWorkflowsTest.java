package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.MovementType;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewKit;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.Dose;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.Frequency;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OpenEncounter;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.Route;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.FollowUp;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;

/** Issue #8: fulfilled procedures consume their kits and request follow-ups; discharges and missed doses reach the right people. */
class ClinicalWorkflowsTest extends CoordinationTestBase {

    private static final Instant TEN = START.plus(Duration.ofHours(1));

    private Resource room;
    private ServiceType excision;
    private ServiceType woundCheck;
    private Location cart;
    private Item lidocaine;
    private Kit excisionKit;
    private FollowUpService followUps;

    @BeforeEach
    void clinic() {
        followUps = medcoord.service(FollowUpService.class);
        room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Procedure room", NEW_YORK));
        excision = serviceTypes.define(desk, NewServiceType.of("Minor excision", Duration.ofMinutes(30),
                List.of(ResourceRequirement.of("room", List.of(room.id())))));
        woundCheck = serviceTypes.define(desk, NewServiceType.of("Wound check", Duration.ofMinutes(15),
                List.of(ResourceRequirement.of("room", List.of(room.id())))));
        cart = inventoryCatalog.defineLocation(supply, new NewLocation("Procedure cart", LocationKind.EXAM_ROOM_CART, NEW_YORK));
        lidocaine = inventoryCatalog.defineItem(supply, NewItem.medication("Lidocaine 1% 5 mL vial", "0409-4276-01", "vial"));
        excisionKit = inventoryCatalog.defineKit(supply, new NewKit("Excision kit", List.of(new KitComponent(lidocaine.id(), Quantity.of(1, "vial")))));
        stock.receive(supply, Receipt.ofLot(lidocaine.id(), cart.id(), Quantity.of(5, "vial"), "LATE-1", LocalDate.of(2027, 6, 1)));
        stock.receive(supply, Receipt.ofLot(lidocaine.id(), cart.id(), Quantity.of(5, "vial"), "SOON-1", LocalDate.of(2026, 12, 15)));
        procedures.load(coordinator, new CatalogDefinition(List.of(Procedure.of(excision.id(), BillingCode.cpt("11400"))
                        .withKit(excisionKit.id(), cart.id()).withFollowUp(new FollowUpPlan(woundCheck.id(), Duration.ofDays(7), Duration.ofDays(3)))),
                Optional.of(new FollowUpPlan(woundCheck.id(), Duration.ofDays(2), Duration.ofDays(5)))));
    }

    private Appointment seen(PatientId patient, boolean withEncounter) {
        Appointment a = appointments.book(desk, BookingRequest.of(patient, excision.id(), TEN, Map.of("room", room.id())));
        appointments.transition(desk, a.id(), AppointmentStatus.ARRIVED);
        if (withEncounter) {
            encounters.open(nurse, new OpenEncounter(patient, EncounterClass.AMBULATORY, TEN, "excision", Optional.of(a.id().value())));
        }
        clock.advance(Duration.ofHours(2));
        return appointments.transition(desk, a.id(), AppointmentStatus.FULFILLED);
    }

    private List<LedgerEntry> kitLines() {
        return stock.ledger(supply, lidocaine.id(), 1, 1000).stream().filter(e -> e.type() != MovementType.RECEIVE).toList();
    }

    @Test
    void aFulfilledProcedureConsumesItsKitFirstExpiryFirstForThePatientAndEncounterOnce() {
        PatientId ana = patient("Ana");
        seen(ana, true);
        Encounter encounter = encounters.list(nurse, ana).get(0);

        WorkflowRun run = drain("workflows");
        drain("second-process");

        assertThat(run.failed()).isZero();
        assertThat(kitLines()).singleElement().satisfies(line -> {
            assertThat(line.delta()).isEqualTo(-1);
            assertThat(stock.lot(supply, line.lot()).lotNumber()).isEqualTo("SOON-1");
            assertThat(line.patient()).contains(ana);
            assertThat(line.encounter()).contains(encounter.id().value());
            assertThat(line.kit()).contains(excisionKit.id());
        });
    }

    @Test
    void aFulfilledProcedureWithAFollowUpPlanRequestsTheFollowUp() {
        PatientId ana = patient("Ana");
        Appointment done = seen(ana, true);
        Instant fulfilledAt = clock.instant();

        drain("workflows");

        assertThat(followUps.open(coordinator, ana)).singleElement().satisfies(f -> {
            assertThat(f.serviceType()).isEqualTo(woundCheck.id());
            assertThat(f.dueFrom()).isEqualTo(fulfilledAt.plus(Duration.ofDays(7)));
            assertThat(f.dueBy()).isEqualTo(fulfilledAt.plus(Duration.ofDays(10)));
            assertThat(f.reason()).contains(done.id().asString());
        });
    }

    @Test
    void aKitThatCannotBeLinkedToAnEncounterBecomesAWorkflowFailureTaskAndNothingIsConsumed() {
        seen(patient("Ben"), false);

        WorkflowRun run = drain("workflows");

        assertThat(run.failed()).isEqualTo(1);
        assertThat(kitLines()).isEmpty();
        assertThat(worklist.mine(coordinator)).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.WORKFLOW_FAILURE);
            assertThat(t.detail()).contains(CoordinationCodes.NO_ENCOUNTER);
        });
        assertThat(drain("second-process").failed()).isZero();
        assertThat(worklist.mine(coordinator)).hasSize(1);
    }

    @Test
    void aDischargeRequestsTheCatalogsDischargeFollowUp() {
        PatientId cy = patient("Cy");
        AdmissionService admissions = medcoord.service(AdmissionService.class);
        Resource bed = resources.register(desk, NewResource.of(ResourceKind.BED, "Bed 4-1", NEW_YORK));
        var admission = admissions.admit(desk, cy, bed.id());
        clock.advance(Duration.ofDays(3));
        admissions.discharge(desk, admission.id());
        Instant dischargedAt = clock.instant();

        drain("workflows");

        List<FollowUp> open = followUps.open(coordinator, cy);
        assertThat(open).singleElement().satisfies(f -> {
            assertThat(f.serviceType()).isEqualTo(woundCheck.id());
            assertThat(f.dueFrom()).isEqualTo(dischargedAt.plus(Duration.ofDays(2)));
        });
    }

    @Test
    void aMissedDoseBecomesOneTaskForTheNurses() {
        PatientId dee = patient("Dee");
        MedicationSchedules mar = medcoord.service(MedicationSchedules.class);
        var doctor = as("dr-1", Roles.CLINICIAN, PurposeOfUse.TREATMENT);
        MedicationOrder order = mar.order(doctor, new OrderMedication(dee, new Coding(CodeSystems.RXNORM, "723", "Amoxicillin"),
                Dose.of("500", "mg"), Route.ORAL, Frequency.dailyAt(LocalTime.of(12, 0)), NEW_YORK, START, Optional.empty(), "4-west",
                Set.of())).order().orElseThrow();
        Instant due = mar.schedule(nurse, order.id(), START, START.plus(Duration.ofDays(1))).get(0).dueAt();
        mar.record(nurse, order.id(), due, AdministrationOutcome.MISSED, Optional.empty());

        drain("workflows");
        drain("second-process");

        assertThat(worklist.mine(as("rn-2", Roles.NURSE, PurposeOfUse.TREATMENT))).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.MISSED_DOSE);
            assertThat(t.patient()).contains(dee);
            assertThat(t.priority()).isEqualTo(TaskPriority.HIGH);
        });
        assertThat(worklist.mine(coordinator)).isEmpty();
    }

    @Test
    void anOverdueFollowUpBecomesOneTaskHoweverOftenTheSweepRuns() {
        PatientId eve = patient("Eve");
        FollowUp f = followUps.request(coordinator, new org.medcoord.scheduling.NewFollowUp(eve, woundCheck.id(), START,
                START.plus(Duration.ofDays(2)), "suture removal"));
        clock.advance(Duration.ofDays(3));

        List<Task> first = workflows.sweepOverdueFollowUps(system);
        List<Task> second = workflows.sweepOverdueFollowUps(system);

        assertThat(first).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TaskType.FOLLOW_UP_OVERDUE);
            assertThat(t.subject()).contains("scheduling.follow-up/" + f.id());
        });
        assertThat(second).isEmpty();
        assertThat(worklist.mine(coordinator)).hasSize(1);
    }
}
