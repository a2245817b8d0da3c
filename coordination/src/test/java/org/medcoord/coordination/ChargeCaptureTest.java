package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Fee;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.billing.NewFeeSchedule;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.EntrySource;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.OpenEncounter;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.BookingRequest;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;

/** Issue #8: a fulfilled appointment raises the charges its service type maps to, once, through billing's public API. */
class ChargeCaptureTest extends CoordinationTestBase {

    private static final Instant TEN = START.plus(Duration.ofHours(1));
    private static final String BILLING_NPI = "1234567893";
    private static final String DR_NPI = "1245319599";

    private Resource doctor;
    private Resource room;
    private ServiceType visit;
    private ChargeService charges;
    private AccessContext billingClerk;

    @BeforeEach
    void clinic() {
        charges = medcoord.service(ChargeService.class);
        billingClerk = as("bill-1", Roles.BILLING, PurposeOfUse.PAYMENT);
        doctor = resources.register(desk, NewResource.of(ResourceKind.PRACTITIONER, "Dr Lee", NEW_YORK));
        room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Exam 2", NEW_YORK));
        visit = serviceTypes.define(desk, NewServiceType.of("Skin lesion removal", Duration.ofMinutes(30), List.of(
                ResourceRequirement.of("doctor", List.of(doctor.id())), ResourceRequirement.of("room", List.of(room.id())))));
        medcoord.service(FeeScheduleService.class).define(billingClerk, NewFeeSchedule.selfPay(Currency.getInstance("USD"),
                List.of(Fee.of("11400", Money.of("180.00", "USD")), Fee.of("99213", Money.of("95.00", "USD")))));
        procedures.load(coordinator, CatalogDefinition.of(Procedure.of(visit.id(), BillingCode.cpt("11400"), BillingCode.cpt("99213", "25")))
                .withCharges(new ChargeSetup(BILLING_NPI, "11", "1164471991", List.of(new PractitionerNpi(doctor.id(), DR_NPI)))));
    }

    private Appointment fulfilled(PatientId patient) {
        Appointment a = appointments.book(desk, BookingRequest.of(patient, visit.id(), TEN, Map.of("doctor", doctor.id(), "room", room.id())));
        appointments.transition(desk, a.id(), AppointmentStatus.ARRIVED);
        encounters.open(nurse, new OpenEncounter(patient, EncounterClass.AMBULATORY, TEN, "lesion", Optional.of(a.id().value())));
        return appointments.transition(desk, a.id(), AppointmentStatus.FULFILLED);
    }

    private void problem(PatientId patient, String icd10) {
        medcoord.service(MedicalHistory.class).record(nurse, patient,
                new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, icd10, null), LocalDate.of(2026, 10, 1)), EntrySource.CLINICIAN);
    }

    @Test
    void aFulfilledAppointmentRaisesOneChargePerCodeOnceWithItsPractitionerAndDiagnoses() {
        PatientId ana = patient("Ana");
        problem(ana, "D48.5");
        Appointment done = fulfilled(ana);

        WorkflowRun run = drain("workflows");
        drain("second-process");

        assertThat(run.failed()).isZero();
        List<Charge> open = charges.openCharges(billingClerk, ana);
        assertThat(open).extracting(Charge::procedure, c -> c.amount().toString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("11400", Money.of("180.00", "USD").toString()),
                        org.assertj.core.groups.Tuple.tuple("99213", Money.of("95.00", "USD").toString()));
        assertThat(open).allSatisfy(c -> {
            assertThat(c.renderingNpi()).isEqualTo(DR_NPI);
            assertThat(c.billingNpi()).isEqualTo(BILLING_NPI);
            assertThat(c.diagnoses()).containsExactly("D48.5");
            assertThat(c.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(c.appointmentRef()).contains(done.id().asString());
            assertThat(c.sourceKey()).get().asString().startsWith("coordination:appointment:" + done.id());
        });
        assertThat(open).filteredOn(c -> c.procedure().equals("99213")).singleElement()
                .satisfies(c -> assertThat(c.modifiers()).containsExactly("25"));
    }

    @Test
    void aLineThatCannotBeCodedBecomesABillingWorkItemInsteadOfACharge() {
        PatientId ben = patient("Ben");
        fulfilled(ben);

        WorkflowRun run = drain("workflows");

        assertThat(run.failed()).isZero();
        assertThat(charges.openCharges(billingClerk, ben)).isEmpty();
        assertThat(worklist.mine(billingClerk)).hasSize(2).allSatisfy(t -> {
            assertThat(t.type()).isEqualTo(TaskType.BILLING_WORK_ITEM);
            assertThat(t.detail()).contains("no active ICD-10-CM problem");
        });
    }

    @Test
    void aChargeSetupWithMalformedNpisIsRejectedAndTheCatalogStays() {
        CatalogDefinition before = procedures.current(coordinator);

        assertThatThrownBy(() -> procedures.load(coordinator, before.withCharges(new ChargeSetup("1234567890", "99x", BILLING_NPI, List.of()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder("charges.billingNpi MC-COORD-023", "charges.placeOfService MC-COORD-023"));
        assertThat(procedures.current(coordinator)).isEqualTo(before);
    }
}
