package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

class IntakeFormTest {

    private final Clinic clinic = new Clinic();
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void theAnswersBecomePatientReportedEntriesOfEveryKind() {
        IntakeForm form = new IntakeForm(
                List.of(new IntakeForm.AllergyAnswer(MedicalHistoryTest.PENICILLIN, "hives", HistoryItem.Severity.MODERATE)),
                List.of(MedicalHistoryTest.DIABETES),
                List.of(new IntakeForm.MedicationAnswer(new Coding(CodeSystems.RXNORM, "6809", "Metformin"), "500 mg twice daily")),
                List.of(new IntakeForm.SurgeryAnswer("appendectomy", LocalDate.of(1999, 7, 1))),
                List.of(new IntakeForm.FamilyAnswer("father", new Coding(CodeSystems.ICD_10_CM, "I21.9", null))),
                IntakeForm.Tobacco.FORMER, IntakeForm.Alcohol.WEEKLY,
                List.of(new IntakeForm.ImmunizationAnswer(new Coding(CodeSystems.CVX, "140", null), LocalDate.of(2025, 10, 1))));

        List<HistoryEntry> saved = history.recordIntake(NURSE, patient, form);

        assertThat(saved).extracting(HistoryEntry::kind).containsExactly(HistoryKind.ALLERGY, HistoryKind.PROBLEM, HistoryKind.MEDICATION,
                HistoryKind.SURGERY, HistoryKind.FAMILY, HistoryKind.SOCIAL, HistoryKind.SOCIAL, HistoryKind.IMMUNIZATION);
        assertThat(saved).allSatisfy(e -> assertThat(e.provenance().source()).isEqualTo(EntrySource.PATIENT_REPORTED));
        assertThat(saved.get(5).item()).isEqualTo(new HistoryItem.SocialHistory(HistoryItem.SocialTopic.TOBACCO, "former tobacco user"));
        assertThat(saved.get(6).item()).isEqualTo(new HistoryItem.SocialHistory(HistoryItem.SocialTopic.ALCOHOL, "drinks alcohol weekly"));
        assertThat(history.list(DOCTOR, patient, Set.of())).hasSize(8);
    }

    @Test
    void everyBadAnswerIsReportedUnderItsFormFieldAndNothingIsStored() {
        IntakeForm form = new IntakeForm(
                List.of(new IntakeForm.AllergyAnswer(MedicalHistoryTest.PENICILLIN, "", null)),
                List.of(new Coding(CodeSystems.ICD_10_CM, "diabetes", null)),
                List.of(), List.of(), List.of(new IntakeForm.FamilyAnswer("", MedicalHistoryTest.DIABETES)),
                IntakeForm.Tobacco.NEVER, null, List.of());

        assertThatThrownBy(() -> history.recordIntake(NURSE, patient, form)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("allergies[0].severity",
                        "conditions[0].code", "familyHistory[0].relationship"));
        assertThat(history.list(DOCTOR, patient, Set.of())).isEmpty();
    }

    @Test
    void anEmptyFormIsRefused() {
        assertThatThrownBy(() -> history.recordIntake(NURSE, patient, new IntakeForm(null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("form"));
    }
}
