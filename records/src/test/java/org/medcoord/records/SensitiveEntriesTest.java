package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;

class SensitiveEntriesTest {

    private static final AccessContext OTHER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-2", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);
    private static final AccessContext ER_DOCTOR = AccessContext.of(Clinic.TENANT, Principal.of("dr-er", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);
    private static final HistoryItem OPIOID_DEPENDENCE = new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "F11.20", null), null);

    private final Clinic clinic = new Clinic();
    private final MedicalHistory history = clinic.service(MedicalHistory.class);
    private final Consents consents = clinic.service(Consents.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), null))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void icd10CodesFallIntoTheirSensitiveCategories() {
        assertThat(SensitiveCategory.ofIcd10Cm("F11.20")).contains(SensitiveCategory.SUBSTANCE_USE);
        assertThat(SensitiveCategory.ofIcd10Cm("F32.9")).contains(SensitiveCategory.MENTAL_HEALTH);
        assertThat(SensitiveCategory.ofIcd10Cm("B20")).contains(SensitiveCategory.HIV);
        assertThat(SensitiveCategory.ofIcd10Cm("Z21")).contains(SensitiveCategory.HIV);
        assertThat(SensitiveCategory.ofIcd10Cm("O09.90")).contains(SensitiveCategory.REPRODUCTIVE_HEALTH);
        assertThat(SensitiveCategory.ofIcd10Cm("Z30.9")).contains(SensitiveCategory.REPRODUCTIVE_HEALTH);
        assertThat(SensitiveCategory.ofIcd10Cm("E11.9")).isEmpty();
        assertThat(SensitiveCategory.ofIcd10Cm("Z87.891")).isEmpty();
    }

    @Test
    void aSubstanceUseProblemIsSeenOnlyByItsRecorderAndUsersThePatientPermitted() {
        HistoryEntry diabetes = history.record(DOCTOR, patient, new HistoryItem.Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        HistoryEntry opioid = history.record(DOCTOR, patient, OPIOID_DEPENDENCE, EntrySource.CLINICIAN);
        assertThat(opioid.sensitivity()).containsExactly(SensitiveCategory.SUBSTANCE_USE);

        assertThat(history.list(DOCTOR, patient, Set.of())).extracting(HistoryEntry::id).containsExactlyInAnyOrder(diabetes.id(), opioid.id());
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).extracting(HistoryEntry::id).containsExactly(diabetes.id());
        assertThatThrownBy(() -> history.get(OTHER_DOCTOR, opioid.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> history.changeStatus(OTHER_DOCTOR, opioid.id(), opioid.version(), EntryStatus.RESOLVED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clinic.service(Amendments.class).request(OTHER_DOCTOR, opioid.id(), "not me"))
                .isInstanceOf(NotFoundException.class);

        SensitiveAccessGrant grant = consents.grantSensitiveAccess(DOCTOR, patient, "dr-2", Set.of(SensitiveCategory.SUBSTANCE_USE),
                clinic.clock.instant().plus(Duration.ofDays(90)));
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).extracting(HistoryEntry::id).containsExactlyInAnyOrder(diabetes.id(), opioid.id());
        assertThat(history.get(OTHER_DOCTOR, opioid.id()).item()).isEqualTo(OPIOID_DEPENDENCE);

        consents.revokeSensitiveAccess(DOCTOR, grant.id(), grant.version());
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).extracting(HistoryEntry::id).containsExactly(diabetes.id());
    }

    @Test
    void aGrantCoversOnlyItsCategoriesAndAnExplicitMarkAddsToTheCodedOne() {
        HistoryEntry both = history.record(DOCTOR, patient, OPIOID_DEPENDENCE, EntrySource.CLINICIAN, Set.of(SensitiveCategory.HIV));
        assertThat(both.sensitivity()).containsExactlyInAnyOrder(SensitiveCategory.SUBSTANCE_USE, SensitiveCategory.HIV);

        consents.grantSensitiveAccess(DOCTOR, patient, "dr-2", Set.of(SensitiveCategory.SUBSTANCE_USE),
                clinic.clock.instant().plus(Duration.ofDays(1)));
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).as("HIV is not covered").isEmpty();
        consents.grantSensitiveAccess(DOCTOR, patient, "dr-2", Set.of(SensitiveCategory.HIV), clinic.clock.instant().plus(Duration.ofDays(1)));
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).hasSize(1);
        clinic.clock.advance(Duration.ofDays(2));
        assertThat(history.list(OTHER_DOCTOR, patient, Set.of())).as("lapsed").isEmpty();
    }

    @Test
    void aPsychotherapyNoteAndItsAddendaAreHiddenFromOtherClinicians() {
        ClinicalNotes notes = clinic.service(ClinicalNotes.class);
        ClinicalNote routine = notes.draft(DOCTOR, patient, java.util.Optional.empty(), "Visit", "BP check.");
        ClinicalNote therapy = notes.draft(DOCTOR, patient, java.util.Optional.empty(), "Session 3", "Discussed grief.",
                Set.of(SensitiveCategory.MENTAL_HEALTH));
        ClinicalNote signed = notes.sign(DOCTOR, therapy.id(), therapy.version());
        ClinicalNote addendum = notes.addAddendum(DOCTOR, signed.id(), "Follow-up in two weeks.");
        assertThat(addendum.sensitivity()).containsExactly(SensitiveCategory.MENTAL_HEALTH);

        assertThat(notes.list(OTHER_DOCTOR, patient)).extracting(ClinicalNote::id).containsExactly(routine.id());
        assertThatThrownBy(() -> notes.get(OTHER_DOCTOR, therapy.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.addenda(OTHER_DOCTOR, therapy.id())).isInstanceOf(NotFoundException.class);
        assertThat(notes.list(DOCTOR, patient)).hasSize(3);

        consents.grantSensitiveAccess(DOCTOR, patient, "dr-2", Set.of(SensitiveCategory.MENTAL_HEALTH),
                clinic.clock.instant().plus(Duration.ofDays(1)));
        assertThat(notes.list(OTHER_DOCTOR, patient)).hasSize(3);
    }

    @Test
    void breakGlassSeesSensitiveEntries() {
        HistoryEntry opioid = history.record(DOCTOR, patient, OPIOID_DEPENDENCE, EntrySource.CLINICIAN);
        var grant = clinic.service(BreakGlass.class).grant(ER_DOCTOR, "overdose suspected, patient unresponsive", Duration.ofMinutes(15));

        assertThat(history.list(ER_DOCTOR, patient, Set.of())).isEmpty();
        assertThat(history.list(ER_DOCTOR.withBreakGlass(grant), patient, Set.of())).extracting(HistoryEntry::id).containsExactly(opioid.id());
    }
}
