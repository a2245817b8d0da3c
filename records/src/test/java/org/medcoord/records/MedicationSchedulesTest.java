package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

class MedicationSchedulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Coding AMOXICILLIN = new Coding(CodeSystems.RXNORM, "723", "Amoxicillin");
    private static final Coding METFORMIN = new Coding(CodeSystems.RXNORM, "6809", "Metformin");

    private final Clinic clinic = new Clinic();
    private final MedicationSchedules mar = clinic.service(MedicationSchedules.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    private OrderMedication request(Coding drug, Frequency frequency, Instant start) {
        return new OrderMedication(patient, drug, Dose.of("500", "mg"), Route.ORAL, frequency, NEW_YORK, start, Optional.empty(), "4-west",
                Set.of());
    }

    private MedicationOrder place(Coding drug, Frequency frequency, Instant start) {
        OrderOutcome outcome = mar.order(DOCTOR, request(drug, frequency, start));
        assertThat(outcome.warnings()).isEmpty();
        return outcome.order().orElseThrow();
    }

    @Test
    void timesOfDayFollowTheWallClockAcrossTheSpringForwardGap() {
        MedicationOrder bid = place(METFORMIN, Frequency.parse("BID"), Instant.parse("2026-03-07T05:00:00Z"));

        assertThat(mar.schedule(NURSE, bid.id(), Instant.parse("2026-03-07T00:00:00Z"), Instant.parse("2026-03-09T12:00:00Z")))
                .extracting(ScheduledDose::dueAt).containsExactly(
                        Instant.parse("2026-03-07T14:00:00Z"),  // 09:00 EST
                        Instant.parse("2026-03-08T02:00:00Z"),  // 21:00 EST
                        Instant.parse("2026-03-08T13:00:00Z"),  // 09:00 EDT, after the change
                        Instant.parse("2026-03-09T01:00:00Z")); // 21:00 EDT
        MedicationOrder inTheGap = place(AMOXICILLIN, Frequency.dailyAt(LocalTime.of(2, 30)), Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(mar.schedule(NURSE, inTheGap.id(), Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")))
                .extracting(ScheduledDose::dueAt).as("02:30 does not exist that day: given at 03:30 EDT")
                .containsExactly(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void aTimeThatOccursTwiceOnFallBackIsGivenOnce() {
        MedicationOrder order = place(METFORMIN, Frequency.dailyAt(LocalTime.of(1, 30)), Instant.parse("2026-10-30T00:00:00Z"));

        assertThat(mar.schedule(NURSE, order.id(), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")))
                .extracting(ScheduledDose::dueAt).containsExactly(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void intervalsCountRealHoursAcrossAClockChange() {
        MedicationOrder q8h = place(AMOXICILLIN, Frequency.parse("q8h"), Instant.parse("2026-03-08T02:00:00Z"));

        List<Instant> due = mar.schedule(NURSE, q8h.id(), Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"))
                .stream().map(ScheduledDose::dueAt).toList();
        assertThat(due).containsExactly(Instant.parse("2026-03-08T02:00:00Z"), Instant.parse("2026-03-08T10:00:00Z"),
                Instant.parse("2026-03-08T18:00:00Z"));
    }

    @Test
    void anOrderForADrugThePatientIsAllergicToNeedsTheWarningAcknowledged() {
        HistoryEntry allergy = clinic.service(MedicalHistory.class).record(NURSE, patient,
                new HistoryItem.Allergy(new Coding(CodeSystems.SNOMED_CT, "294505008", "amoxicillin"), "rash", HistoryItem.Severity.MODERATE),
                EntrySource.PATIENT_REPORTED);
        OrderMedication request = request(AMOXICILLIN, Frequency.parse("TID"), clinic.clock.instant());

        OrderOutcome refused = mar.order(DOCTOR, request);
        assertThat(refused.placed()).isFalse();
        assertThat(refused.warnings()).extracting(OrderWarning::kind, OrderWarning::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderWarning.Kind.DRUG_ALLERGY, allergy.id().asString()));
        assertThat(mar.orders(DOCTOR, patient)).isEmpty();

        OrderOutcome placed = mar.order(DOCTOR, request.acknowledging(refused.warnings()));
        assertThat(placed.placed()).isTrue();
        assertThat(placed.order().orElseThrow().acknowledged()).containsExactly("DRUG_ALLERGY:" + allergy.id());
    }

    @Test
    void aSecondActiveOrderForTheSameDrugIsADuplicateTherapyWarning() {
        MedicationOrder first = place(METFORMIN, Frequency.parse("BID"), clinic.clock.instant());

        OrderOutcome second = mar.order(DOCTOR, request(METFORMIN, Frequency.parse("daily"), clinic.clock.instant()));
        assertThat(second.warnings()).extracting(OrderWarning::key).containsExactly("DUPLICATE_THERAPY:" + first.id());

        mar.stop(DOCTOR, first.id(), first.version(), clinic.clock.instant());
        assertThat(mar.order(DOCTOR, request(METFORMIN, Frequency.parse("daily"), clinic.clock.instant())).placed())
                .as("a stopped order is no duplicate").isTrue();
    }

    @Test
    void aDoseWithNoUnitIsRefusedWithEveryOtherProblemAndNothingIsStored() {
        OrderMedication bad = new OrderMedication(patient, AMOXICILLIN, Dose.of("500", " "), null, Frequency.everyHours(0), NEW_YORK,
                clinic.clock.instant(), Optional.of(clinic.clock.instant().minusSeconds(1)), "4-west", Set.of());

        assertThatThrownBy(() -> mar.order(DOCTOR, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dose.unit", "MC-REC-070"),
                        org.assertj.core.groups.Tuple.tuple("route", "MC-REC-001"),
                        org.assertj.core.groups.Tuple.tuple("frequency.intervalHours", "MC-REC-071"),
                        org.assertj.core.groups.Tuple.tuple("stop", "MC-REC-071")));
        assertThat(mar.orders(DOCTOR, patient)).isEmpty();
    }

    @Test
    void eachDoseIsRecordedOnceWithWhoAndWhenAndHeldDosesNeedAReason() {
        MedicationOrder order = place(METFORMIN, Frequency.parse("BID"), Instant.parse("2026-11-01T00:00:00Z"));
        Instant nine = Instant.parse("2026-11-02T14:00:00Z");
        Instant twentyOne = Instant.parse("2026-11-03T02:00:00Z");

        ScheduledDose given = mar.record(NURSE, order.id(), nine, AdministrationOutcome.GIVEN, Optional.empty());
        assertThat(given.outcome()).contains(AdministrationOutcome.GIVEN);
        assertThat(given.by()).contains("rn-1");
        assertThat(given.at()).contains(clinic.clock.instant());
        assertThatThrownBy(() -> mar.record(NURSE, order.id(), nine, AdministrationOutcome.MISSED, Optional.empty()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-074"));
        assertThatThrownBy(() -> mar.record(NURSE, order.id(), twentyOne, AdministrationOutcome.HELD, Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("MC-REC-073"));
        assertThatThrownBy(() -> mar.record(NURSE, order.id(), nine.plusSeconds(60), AdministrationOutcome.GIVEN, Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("MC-REC-072"));
        mar.record(NURSE, order.id(), twentyOne, AdministrationOutcome.MISSED, Optional.empty());

        assertThat(mar.schedule(NURSE, order.id(), nine, twentyOne.plusSeconds(1))).extracting(ScheduledDose::outcome)
                .containsExactly(Optional.of(AdministrationOutcome.GIVEN), Optional.of(AdministrationOutcome.MISSED));
        assertThat(clinic.events()).extracting(e -> e.event().type()).contains("records.dose-given", "records.dose-missed");
    }

    @Test
    void theOverdueListShowsAWardsPastDueDosesWithNothingRecorded() {
        clinic.clock.set(Instant.parse("2026-11-02T12:00:00Z"));
        MedicationOrder metformin = place(METFORMIN, Frequency.parse("q8h"), Instant.parse("2026-11-02T00:00:00Z"));
        MedicationOrder other = mar.order(DOCTOR, new OrderMedication(patient, AMOXICILLIN, Dose.of("1", "{tbl}"), Route.ORAL,
                Frequency.parse("q8h"), NEW_YORK, Instant.parse("2026-11-02T00:00:00Z"), Optional.empty(), "5-east", Set.of()))
                .order().orElseThrow();
        mar.record(NURSE, metformin.id(), Instant.parse("2026-11-02T00:00:00Z"), AdministrationOutcome.GIVEN, Optional.empty());
        clinic.clock.set(Instant.parse("2026-11-02T16:20:00Z"));

        List<ScheduledDose> overdue = mar.overdue(NURSE, "4-west", clinic.clock.instant(), Duration.ofMinutes(30));

        assertThat(overdue).extracting(ScheduledDose::order, ScheduledDose::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(metformin.id(), Instant.parse("2026-11-02T08:00:00Z")));
        assertThat(mar.overdue(NURSE, "4-west", clinic.clock.instant().plus(Duration.ofMinutes(20)), Duration.ofMinutes(30)))
                .as("16:00 is past the 30-minute grace at 16:40").hasSize(2);
        assertThat(mar.overdue(NURSE, "5-east", clinic.clock.instant(), Duration.ofMinutes(30))).extracting(ScheduledDose::order)
                .containsOnly(other.id());
        AccessContext outsider = AccessContext.of(Clinic.TENANT, Principal.of("dr-9", Roles.CLINICIAN), PurposeOfUse.TREATMENT);
        assertThat(mar.overdue(outsider, "4-west", clinic.clock.instant(), Duration.ofMinutes(30)))
                .as("a clinician outside the care team does not see the patient's doses on the ward list").isEmpty();
        assertThat(mar.overdue(DOCTOR, "4-west", clinic.clock.instant(), Duration.ofMinutes(30))).hasSize(1);
    }

    @Test
    void theFrontDeskSeesNoMedications() {
        assertThatThrownBy(() -> mar.orders(DESK, patient)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mar.overdue(DESK, "4-west", clinic.clock.instant(), Duration.ZERO)).isInstanceOf(AccessDeniedException.class);
    }
}
