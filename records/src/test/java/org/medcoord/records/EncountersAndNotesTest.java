package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.BILLER;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
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

class EncountersAndNotesTest {

    private static final AccessContext OTHER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-2", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);

    private final Clinic clinic = new Clinic();
    private final Encounters encounters = clinic.service(Encounters.class);
    private final ClinicalNotes notes = clinic.service(ClinicalNotes.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    private Encounter visit(Optional<UUID> appointment) {
        return encounters.open(NURSE, new OpenEncounter(patient, EncounterClass.AMBULATORY, clinic.clock.instant(), "cough", appointment));
    }

    @Test
    void anEncounterLinksToItsAppointmentByIdAndFinishes() {
        UUID appointment = UUID.randomUUID();
        Encounter open = visit(Optional.of(appointment));
        clinic.clock.advance(Duration.ofMinutes(20));
        Encounter done = encounters.finish(DOCTOR, open.id(), open.version(), clinic.clock.instant());

        assertThat(done.status()).isEqualTo(EncounterStatus.FINISHED);
        assertThat(done.end()).contains(clinic.clock.instant());
        assertThat(encounters.findByAppointment(DOCTOR, appointment)).get().extracting(Encounter::id).isEqualTo(open.id());
        assertThat(encounters.list(DOCTOR, patient)).extracting(Encounter::id).containsExactly(open.id());
        assertThat(clinic.events()).extracting(e -> e.event()).contains(new EncounterOpened(patient, open.id(), Optional.of(appointment)),
                new EncounterFinished(patient, open.id()));
        assertThatThrownBy(() -> encounters.finish(DOCTOR, open.id(), done.version(), clinic.clock.instant()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-042"));
    }

    @Test
    void oneAppointmentHasAtMostOneEncounter() {
        UUID appointment = UUID.randomUUID();
        visit(Optional.of(appointment));

        assertThatThrownBy(() -> visit(Optional.of(appointment)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-043"));
        assertThat(encounters.list(DOCTOR, patient)).hasSize(1);
    }

    @Test
    void anEncounterCannotStartInTheFutureOrEndBeforeItBegan() {
        assertThatThrownBy(() -> encounters.open(NURSE, new OpenEncounter(patient, EncounterClass.AMBULATORY,
                clinic.clock.instant().plus(Duration.ofDays(2)), "", Optional.empty())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-REC-042"));
        Encounter open = visit(Optional.empty());
        assertThatThrownBy(() -> encounters.finish(NURSE, open.id(), open.version(), open.start().minusSeconds(60)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-042"));
    }

    @Test
    void aSignedNoteNeverChangesAndIsCorrectedBySignedAddenda() {
        Encounter open = visit(Optional.empty());
        ClinicalNote draft = notes.draft(DOCTOR, patient, Optional.of(open.id()), "Visit", "Cough for 3 days.");
        ClinicalNote revised = notes.revise(DOCTOR, draft.id(), draft.version(), "Visit", "Cough for 4 days.");
        clinic.clock.advance(Duration.ofMinutes(5));
        ClinicalNote signed = notes.sign(DOCTOR, revised.id(), revised.version());
        Instant signedAt = clinic.clock.instant();

        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.signedBy()).contains("dr-1");
        assertThat(signed.signedAt()).contains(signedAt);
        assertThatThrownBy(() -> notes.revise(DOCTOR, signed.id(), signed.version(), "Visit", "Cough for 5 days."))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-040"));
        assertThatThrownBy(() -> notes.sign(DOCTOR, signed.id(), signed.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-040"));

        clinic.clock.advance(Duration.ofHours(1));
        ClinicalNote addendum = notes.addAddendum(OTHER_DOCTOR, signed.id(), "Correction: cough for 5 days.");

        assertThat(addendum.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(addendum.addendumTo()).contains(signed.id());
        assertThat(addendum.signedBy()).contains("dr-2");
        assertThat(notes.addenda(DOCTOR, signed.id())).extracting(ClinicalNote::id).containsExactly(addendum.id());
        ClinicalNote reread = notes.get(DOCTOR, signed.id());
        assertThat(reread).isEqualTo(signed);
        assertThat(reread.text()).isEqualTo("Cough for 4 days.");
        assertThat(notes.list(DOCTOR, patient)).extracting(ClinicalNote::id).containsExactly(signed.id(), addendum.id());
    }

    @Test
    void onlyTheAuthorRevisesOrSignsADraftAndDraftsTakeNoAddenda() {
        ClinicalNote draft = notes.draft(DOCTOR, patient, Optional.empty(), "Visit", "text");

        assertThatThrownBy(() -> notes.sign(OTHER_DOCTOR, draft.id(), draft.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-044"));
        assertThatThrownBy(() -> notes.addAddendum(OTHER_DOCTOR, draft.id(), "more"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-041"));
        assertThat(notes.get(DOCTOR, draft.id()).status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void aNoteCannotDocumentAnotherPatientsEncounter() {
        PatientId other = clinic.treatedBy(
                clinic.registry().register(DESK, RegisterPatient.at("NORTH", person("Bo", "Li", LocalDate.of(1990, 1, 1), null))).id());
        Encounter theirs = encounters.open(NURSE, new OpenEncounter(other, EncounterClass.AMBULATORY, clinic.clock.instant(), "", Optional.empty()));

        assertThatThrownBy(() -> notes.draft(DOCTOR, patient, Optional.of(theirs.id()), "Visit", "text"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-045"));
        assertThat(notes.list(DOCTOR, patient)).isEmpty();
    }

    @Test
    void notesAreNotForTheFrontDeskOrBilling() {
        ClinicalNote draft = notes.draft(DOCTOR, patient, Optional.empty(), "Visit", "text");

        assertThatThrownBy(() -> notes.get(DESK, draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.list(BILLER, patient)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.draft(DESK, patient, Optional.empty(), "Visit", "text")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void emptyNotesAreRefused() {
        assertThatThrownBy(() -> notes.draft(DOCTOR, patient, Optional.empty(), " ", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("title", "text"));
    }
}
