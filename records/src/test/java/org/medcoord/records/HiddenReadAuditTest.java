package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

class HiddenReadAuditTest {

    private static final AccessContext OTHER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-2", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);
    private static final AccessContext COORDINATOR = AccessContext.of(Clinic.TENANT, Principal.of("coord-1", Roles.COORDINATOR),
            PurposeOfUse.OPERATIONS);

    private final Clinic clinic = new Clinic();
    private final PatientRegistry registry = clinic.registry();
    private final Patient patient = registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null)));

    HiddenReadAuditTest() {
        clinic.treatedBy(patient.id());
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private List<AuditEvent> denials(String user, PatientId who) {
        return clinic.audit().stream().map(e -> e.event())
                .filter(e -> e.outcome() == AuditOutcome.DENIED && e.userId().equals(user) && e.patient().equals(Optional.of(who)))
                .toList();
    }

    @Test
    void aReadHiddenByAConsentRestrictionIsNotFoundButAuditedAsDenied() {
        clinic.service(Consents.class).restrictAccess(COORDINATOR, patient.id(), patient.version(), Set.of("dr-1"));
        assertThat(denials("desk-1", patient.id())).isEmpty();

        assertThatThrownBy(() -> registry.get(DESK, patient.id())).isInstanceOf(NotFoundException.class);

        assertThat(denials("desk-1", patient.id())).singleElement()
                .satisfies(e -> assertThat(e.detail() + " " + e.source()).doesNotContain("Ana", "Silva"));
        assertThat(registry.get(DOCTOR, patient.id()).id()).isEqualTo(patient.id());
        assertThat(denials("dr-1", patient.id())).isEmpty();
    }

    @Test
    void aSensitiveEntryReadByAnotherClinicianIsNotFoundButAuditedAsDenied() {
        MedicalHistory history = clinic.service(MedicalHistory.class);
        HistoryEntry opioid = history.record(DOCTOR, patient.id(),
                new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "F11.20", null), null), EntrySource.CLINICIAN);

        assertThatThrownBy(() -> history.get(OTHER_DOCTOR, opioid.id())).isInstanceOf(NotFoundException.class);

        assertThat(denials("dr-2", patient.id())).singleElement().satisfies(e -> assertThat(e.subject()).contains(opioid.id().asString()));
    }

    @Test
    void aSensitiveNoteReadByAnotherClinicianIsNotFoundButAuditedAsDenied() {
        ClinicalNotes notes = clinic.service(ClinicalNotes.class);
        ClinicalNote therapy = notes.draft(DOCTOR, patient.id(), Optional.empty(), "Session", "talked",
                Set.of(SensitiveCategory.MENTAL_HEALTH));

        assertThatThrownBy(() -> notes.get(OTHER_DOCTOR, therapy.id())).isInstanceOf(NotFoundException.class);
        assertThat(notes.list(OTHER_DOCTOR, patient.id())).isEmpty();

        assertThat(denials("dr-2", patient.id())).singleElement().satisfies(e -> assertThat(e.subject()).contains(therapy.id().asString()));
    }

    @Test
    void aMissingRecordLeavesNoDenialInTheAuditTrail() {
        assertThatThrownBy(() -> registry.get(DESK, PatientId.parse("0190a000-0000-7000-8000-000000000000")))
                .isInstanceOf(NotFoundException.class);
        assertThat(clinic.audit()).noneMatch(e -> e.event().outcome() == AuditOutcome.DENIED);
    }
}
