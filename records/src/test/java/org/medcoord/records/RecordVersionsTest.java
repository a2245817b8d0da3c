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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class RecordVersionsTest {

    private static final AccessContext OTHER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-2", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);

    private final Clinic clinic = new Clinic();
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final ClinicalNotes notes = clinic.service(ClinicalNotes.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void everyStatusChangeOfAnEntryIsANewVersionWithAuthorAndTime() {
        Instant recordedAt = clinic.clock.instant();
        HistoryEntry entry = history.record(DOCTOR, patient, new HistoryItem.Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        clinic.clock.advance(Duration.ofHours(2));
        HistoryEntry resolved = history.changeStatus(NURSE, entry.id(), entry.version(), EntryStatus.RESOLVED);
        assertThatThrownBy(() -> history.changeStatus(NURSE, entry.id(), entry.version(), EntryStatus.ENTERED_IN_ERROR))
                .isInstanceOf(VersionConflictException.class);

        var versions = history.versions(DOCTOR, entry.id());

        assertThat(versions).extracting(RecordVersion::version).containsExactly(1L, 2L);
        assertThat(versions).extracting(RecordVersion::changedBy).containsExactly("dr-1", "rn-1");
        assertThat(versions).extracting(RecordVersion::changedAt).containsExactly(recordedAt, recordedAt.plus(Duration.ofHours(2)));
        assertThat(versions.get(0).value().status()).isEqualTo(entry.status());
        assertThat(versions.get(1).value()).isEqualTo(resolved);
        assertThat(versions).as("the refused stale change left no version").hasSize(2);
    }

    @Test
    void aNoteKeepsEveryDraftRevisionAndItsSignature() {
        ClinicalNote draft = notes.draft(DOCTOR, patient, Optional.empty(), "Visit", "first text");
        clinic.clock.advance(Duration.ofMinutes(5));
        ClinicalNote revised = notes.revise(DOCTOR, draft.id(), draft.version(), "Visit", "second text");
        clinic.clock.advance(Duration.ofMinutes(5));
        ClinicalNote signed = notes.sign(DOCTOR, draft.id(), revised.version());

        var versions = notes.versions(NURSE, draft.id());

        assertThat(versions).extracting(RecordVersion::version).containsExactly(1L, 2L, 3L);
        assertThat(versions).extracting(v -> v.value().text()).containsExactly("first text", "second text", "second text");
        assertThat(versions).extracting(v -> v.value().status()).containsExactly(NoteStatus.DRAFT, NoteStatus.DRAFT, NoteStatus.SIGNED);
        assertThat(versions.get(2).value()).isEqualTo(signed);
        assertThat(versions).extracting(RecordVersion::changedAt).isSorted().doesNotHaveDuplicates();
        assertThat(versions).allSatisfy(v -> assertThat(v.changedBy()).isEqualTo("dr-1"));
    }

    @Test
    void aMergeIsAVersionOfEveryEntryAndNoteItMoves() {
        PatientId dup = clinic.treatedBy(clinic.registry()
                .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());
        HistoryEntry entry = history.record(DOCTOR, dup, new HistoryItem.Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        ClinicalNote note = notes.draft(DOCTOR, dup, Optional.empty(), "Visit", "text");
        Patient keep = clinic.registry().get(NURSE, patient);
        Patient merged = clinic.registry().get(NURSE, dup);

        clinic.registry().merge(NURSE, keep.id(), keep.version(), merged.id(), merged.version());

        assertThat(history.versions(DOCTOR, entry.id())).extracting(v -> v.value().patient()).containsExactly(dup, patient);
        assertThat(notes.versions(DOCTOR, note.id())).extracting(RecordVersion::changedBy).containsExactly("dr-1", "rn-1");
    }

    @Test
    void theHistoryOfAHiddenRecordIsHiddenToo() {
        ClinicalNote therapy = notes.draft(DOCTOR, patient, Optional.empty(), "Session", "talked", Set.of(SensitiveCategory.MENTAL_HEALTH));

        assertThatThrownBy(() -> notes.versions(OTHER_DOCTOR, therapy.id())).isInstanceOf(NotFoundException.class);
        assertThat(notes.versions(DOCTOR, therapy.id())).hasSize(1);
    }
}
