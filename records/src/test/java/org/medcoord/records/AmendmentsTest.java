package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConflictException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.HistoryItem.Allergy;
import org.medcoord.records.HistoryItem.Severity;

class AmendmentsTest {

    private final Clinic clinic = new Clinic();
    private final Amendments amendments = clinic.service(Amendments.class);
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final ClinicalNotes notes = clinic.service(ClinicalNotes.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void acceptingAnEntryAmendmentAppendsALinkedCorrectionAndKeepsTheOriginalByteIdentical() {
        HistoryEntry original = history.record(NURSE, patient, new Allergy(MedicalHistoryTest.PENICILLIN, "hives", Severity.SEVERE),
                EntrySource.PATIENT_REPORTED);
        Amendment requested = amendments.request(DOCTOR, original.id(), "the reaction was mild, not severe");
        HistoryItem corrected = new Allergy(MedicalHistoryTest.PENICILLIN, "hives", Severity.MILD);

        Amendment accepted = amendments.acceptWithCorrection(DOCTOR, requested.id(), requested.version(), corrected);

        assertThat(accepted.status()).isEqualTo(AmendmentStatus.ACCEPTED);
        assertThat(accepted.decidedBy()).contains("dr-1");
        HistoryEntry correction = history.get(DOCTOR, accepted.correctionEntry().orElseThrow());
        assertThat(correction.item()).isEqualTo(corrected);
        assertThat(history.get(DOCTOR, original.id())).as("the original is untouched").isEqualTo(original);
        assertThat(amendments.forEntry(DOCTOR, original.id())).containsExactly(accepted);
        assertThatThrownBy(() -> amendments.deny(DOCTOR, accepted.id(), accepted.version(), "too late"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-081"));
    }

    @Test
    void acceptingANoteAmendmentAddsASignedAddendumAndLeavesTheNoteAsSigned() {
        ClinicalNote draft = notes.draft(DOCTOR, patient, Optional.empty(), "Visit", "Patient smokes.");
        ClinicalNote signed = notes.sign(DOCTOR, draft.id(), draft.version());
        Amendment requested = amendments.request(DOCTOR, signed.id(), "I quit smoking in 2020");

        Amendment accepted = amendments.acceptWithAddendum(DOCTOR, requested.id(), requested.version(), "Patient quit smoking in 2020.");

        assertThat(notes.get(DOCTOR, signed.id())).isEqualTo(signed);
        assertThat(notes.addenda(DOCTOR, signed.id())).extracting(ClinicalNote::id).containsExactly(accepted.correctionNote().orElseThrow());
        assertThat(notes.get(DOCTOR, accepted.correctionNote().get()).status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(amendments.forNote(DOCTOR, signed.id())).extracting(Amendment::status).containsExactly(AmendmentStatus.ACCEPTED);
    }

    @Test
    void aDenialKeepsTheReasonAndThePatientsDisagreementWithTheEntry() {
        HistoryEntry original = history.record(NURSE, patient, new HistoryItem.Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        Amendment requested = amendments.request(DOCTOR, original.id(), "I do not have diabetes");

        Amendment denied = amendments.deny(DOCTOR, requested.id(), requested.version(), "HbA1c 8.1% on two occasions");
        Amendment disagreed = amendments.recordDisagreement(DOCTOR, denied.id(), denied.version(), "my glucose meter says otherwise");

        assertThat(disagreed.denialReason()).contains("HbA1c 8.1% on two occasions");
        assertThat(disagreed.disagreement()).contains("my glucose meter says otherwise");
        assertThat(amendments.forEntry(DOCTOR, original.id())).containsExactly(disagreed);
        assertThat(history.get(DOCTOR, original.id())).isEqualTo(original);
    }

    @Test
    void theCorrectionMustMatchTheTargetAndDisagreementAnswersOnlyADenial() {
        HistoryEntry original = history.record(NURSE, patient, new Allergy(MedicalHistoryTest.PENICILLIN, "", Severity.MILD), EntrySource.CLINICIAN);
        Amendment requested = amendments.request(DOCTOR, original.id(), "wrong drug");

        assertThatThrownBy(() -> amendments.acceptWithCorrection(DOCTOR, requested.id(), requested.version(),
                new HistoryItem.Problem(MedicalHistoryTest.DIABETES, null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-082"));
        assertThatThrownBy(() -> amendments.acceptWithAddendum(DOCTOR, requested.id(), requested.version(), "text"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-082"));
        assertThatThrownBy(() -> amendments.recordDisagreement(DOCTOR, requested.id(), requested.version(), "no"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-083"));
        assertThatThrownBy(() -> amendments.request(DOCTOR, original.id(), " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> amendments.acceptWithCorrection(DOCTOR, requested.id(), requested.version(),
                new Allergy(new Coding(CodeSystems.ICD_10_CM, "not a code", null), "", Severity.MILD)))
                .isInstanceOf(ValidationException.class);
        assertThat(history.list(DOCTOR, patient, Set.of())).hasSize(1);
        assertThat(amendments.forEntry(DOCTOR, original.id())).extracting(Amendment::status).containsExactly(AmendmentStatus.REQUESTED);
    }
}
