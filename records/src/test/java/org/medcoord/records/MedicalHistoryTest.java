package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.BILLER;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.records.HistoryItem.Allergy;
import org.medcoord.records.HistoryItem.FamilyHistory;
import org.medcoord.records.HistoryItem.Immunization;
import org.medcoord.records.HistoryItem.Medication;
import org.medcoord.records.HistoryItem.Problem;
import org.medcoord.records.HistoryItem.Severity;
import org.medcoord.records.HistoryItem.SocialHistory;
import org.medcoord.records.HistoryItem.SocialTopic;
import org.medcoord.records.HistoryItem.Surgery;

class MedicalHistoryTest {

    static final Coding PENICILLIN = new Coding(CodeSystems.RXNORM, "7980", "Penicillin G");
    static final Coding DIABETES = new Coding(CodeSystems.ICD_10_CM, "E11.9", "Type 2 diabetes mellitus without complications");

    private final Clinic clinic = new Clinic();
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void anIntakeRecordsEveryKindOfEntryWithProvenance() {
        List<HistoryItem> intake = List.of(
                new Allergy(PENICILLIN, "hives", Severity.MODERATE),
                new Problem(DIABETES, LocalDate.of(2015, 3, 1)),
                new Medication(new Coding(CodeSystems.RXNORM, "860975", null), "500 mg twice daily"),
                new Surgery("appendectomy", null, LocalDate.of(1999, 7, 1)),
                new FamilyHistory("mother", new Coding(CodeSystems.ICD_10_CM, "I10", null)),
                new SocialHistory(SocialTopic.TOBACCO, "never smoked"),
                new Immunization(new Coding(CodeSystems.CVX, "208", null), LocalDate.of(2021, 4, 2), "EL9262"));

        List<HistoryEntry> saved = history.recordAll(NURSE, patient, intake, EntrySource.PATIENT_REPORTED);

        assertThat(saved).extracting(HistoryEntry::kind).containsExactly(HistoryKind.values());
        assertThat(saved).allSatisfy(e -> {
            assertThat(e.provenance()).isEqualTo(new Provenance("rn-1", clinic.clock.instant(), EntrySource.PATIENT_REPORTED));
            assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE);
            assertThat(e.patient()).isEqualTo(patient);
        });
        List<HistoryEntry> read = history.list(DOCTOR, patient, Set.of());
        assertThat(read).extracting(HistoryEntry::item).containsExactlyInAnyOrderElementsOf(intake);
        assertThat(history.list(DOCTOR, patient, Set.of(HistoryKind.ALLERGY))).extracting(HistoryEntry::item)
                .containsExactly(intake.get(0));
    }

    @Test
    void anUnknownIcd10FormatAndOtherProblemsAreReportedTogetherAndNothingIsStored() {
        List<HistoryItem> intake = List.of(
                new Problem(new Coding(CodeSystems.ICD_10_CM, "250.00", null), null),
                new Problem(new Coding(CodeSystems.SNOMED_CT, "44054006", null), null),
                new Allergy(PENICILLIN, "", null),
                new Immunization(new Coding(CodeSystems.CVX, "208", null), clinic.clock.instant().atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate().plusDays(3), ""));

        assertThatThrownBy(() -> history.recordAll(NURSE, patient, intake, EntrySource.CLINICIAN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("items[0].condition.code", "MC-CODE-002"),
                                org.assertj.core.groups.Tuple.tuple("items[1].condition.system", "MC-REC-030"),
                                org.assertj.core.groups.Tuple.tuple("items[2].severity", "MC-REC-030"),
                                org.assertj.core.groups.Tuple.tuple("items[3].administered", "MC-REC-030")));
        assertThat(history.list(DOCTOR, patient, Set.of())).isEmpty();
    }

    @Test
    void recordingAnAllergyPublishesAllergyRecorded() {
        HistoryEntry allergy = history.record(NURSE, patient, new Allergy(PENICILLIN, "anaphylaxis", Severity.SEVERE), EntrySource.CLINICIAN);

        List<EventEnvelope> events = clinic.events();
        assertThat(events).extracting(e -> e.event().type()).contains("records.allergy-recorded");
        assertThat(events).extracting(EventEnvelope::event).contains(new HistoryEntryRecorded(patient, allergy.id(), HistoryKind.ALLERGY));
    }

    @Test
    void anEntryEnteredInErrorStaysVisibleWithItsNewStatusAndVersion() {
        HistoryEntry allergy = history.record(NURSE, patient, new Allergy(PENICILLIN, "", Severity.MILD), EntrySource.PATIENT_REPORTED);
        HistoryEntry wrong = history.changeStatus(DOCTOR, allergy.id(), allergy.version(), EntryStatus.ENTERED_IN_ERROR);

        assertThat(wrong.version()).isEqualTo(2);
        assertThat(wrong.provenance()).isEqualTo(allergy.provenance());
        assertThat(wrong.updatedBy()).isEqualTo("dr-1");
        assertThat(history.get(DOCTOR, allergy.id()).status()).isEqualTo(EntryStatus.ENTERED_IN_ERROR);
        assertThatThrownBy(() -> history.changeStatus(DOCTOR, allergy.id(), allergy.version(), EntryStatus.RESOLVED))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void frontDeskAndBillingMayNotReadOrWriteClinicalHistory() {
        history.record(NURSE, patient, new Allergy(PENICILLIN, "", Severity.MILD), EntrySource.PATIENT_REPORTED);

        assertThatThrownBy(() -> history.list(BILLER, patient, Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.list(DESK, patient, Set.of(HistoryKind.ALLERGY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.record(DESK, patient, new Allergy(PENICILLIN, "", Severity.MILD), EntrySource.PATIENT_REPORTED))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(history.list(DOCTOR, patient, Set.of())).hasSize(1);
    }

    @Test
    void aDeactivatedPatientTakesNoNewEntries() {
        Patient p = clinic.registry().get(DESK, patient);
        clinic.registry().deactivate(DESK, patient, p.version());

        assertThatThrownBy(() -> history.record(NURSE, patient, new Allergy(PENICILLIN, "", Severity.MILD), EntrySource.CLINICIAN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-022"));
    }

    @Test
    void historyItemsNeverPrintTheirContent() {
        HistoryEntry e = history.record(NURSE, patient, new Problem(DIABETES, null), EntrySource.CLINICIAN);
        assertThat(e.toString() + e.item()).doesNotContain("E11").doesNotContain("diabetes");
    }
}
