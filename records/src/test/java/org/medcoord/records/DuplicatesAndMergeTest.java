package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.VersionConflictException;
import org.medcoord.records.HistoryItem.Allergy;
import org.medcoord.records.HistoryItem.Problem;
import org.medcoord.records.HistoryItem.Severity;

class DuplicatesAndMergeTest {

    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);

    private final Clinic clinic = new Clinic();
    private final PatientRegistry registry = clinic.registry();

    @AfterEach
    void close() {
        clinic.close();
    }

    private Patient register(String given, String family, LocalDate birth, String phone) {
        Patient p = registry.register(DESK, RegisterPatient.at("NORTH", person(given, family, birth, phone)));
        clinic.treatedBy(p.id());
        return p;
    }

    @Test
    void candidatesAreScoredOnNameBirthDateAndPhoneWithReasons() {
        Patient ana = register("Ana", "Silva", BIRTH, "555-201-0001");
        Patient exact = register("Ana", "Silva", BIRTH, "(555) 201-0001");
        Patient typo = register("Ana", "Sylva", BIRTH, null);
        Patient noPhone = register("Ana", "Silva", BIRTH, null);
        Patient sibling = register("Rui", "Silva", LocalDate.of(1983, 9, 2), "555-201-0001");
        register("Zed", "Unrelated", LocalDate.of(1950, 1, 1), "555-999-0000");

        List<DuplicateCandidate> found = registry.findDuplicates(DESK, ana.id());

        assertThat(found).extracting(DuplicateCandidate::patient).startsWith(exact.id()).contains(typo.id(), noPhone.id())
                .doesNotContain(ana.id());
        DuplicateCandidate top = found.get(0);
        assertThat(top.score()).isEqualTo(100);
        assertThat(top.score()).isGreaterThanOrEqualTo(DuplicateCandidate.LIKELY);
        assertThat(top.reasons()).extracting(MatchReason::factor, MatchReason::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple("family-name", 30), org.assertj.core.groups.Tuple.tuple("given-name", 20),
                org.assertj.core.groups.Tuple.tuple("birth-date", 35), org.assertj.core.groups.Tuple.tuple("phone", 15));
        DuplicateCandidate near = found.stream().filter(c -> c.patient().equals(typo.id())).findFirst().orElseThrow();
        assertThat(near.score()).isEqualTo(15 + 20 + 35);
        assertThat(near.reasons()).anySatisfy(r -> assertThat(r.explanation()).isEqualTo("differs by one letter"));
        assertThat(found).filteredOn(c -> c.patient().equals(noPhone.id())).extracting(DuplicateCandidate::score).containsExactly(85);
        assertThat(found).filteredOn(c -> c.patient().equals(sibling.id()))
                .as("a sibling sharing surname and phone scores below the threshold").isEmpty();
    }

    @Test
    void aBirthDateWithDayAndMonthSwappedIsANearMiss() {
        Patient a = register("Eve", "Stone", LocalDate.of(1990, 3, 7), null);
        Patient b = register("Eve", "Stone", LocalDate.of(1990, 7, 3), null);

        DuplicateCandidate c = registry.findDuplicates(DESK, a.id()).get(0);
        assertThat(c.patient()).isEqualTo(b.id());
        assertThat(c.reasons()).contains(new MatchReason("birth-date", 15, "day and month swapped"));
        assertThat(c.score()).isEqualTo(30 + 20 + 15);
    }

    @Test
    void demographicsCanBeCheckedForDuplicatesBeforeRegistering() {
        Patient ana = register("Ana", "Silva", BIRTH, null);

        assertThat(registry.findDuplicates(DESK, person("ANA", "silva", BIRTH, null))).extracting(DuplicateCandidate::patient)
                .containsExactly(ana.id());
    }

    @Test
    void mergeKeepsTheSurvivorLinksTheMergedRecordAndMovesItsChartWithoutLoss() {
        MedicalHistory history = clinic.service(MedicalHistory.class);
        Encounters encounters = clinic.service(Encounters.class);
        ClinicalNotes notes = clinic.service(ClinicalNotes.class);
        Patient keep = registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", BIRTH, "555-201-0001"))
                .withIdentifiers(List.of(new ExternalIdentifier("urn:payer:a", "A1"))));
        Patient dup = registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", BIRTH, null))
                .withIdentifiers(List.of(new ExternalIdentifier("urn:payer:b", "B1"))));
        clinic.treatedBy(dup.id(), "dr-1"); // the care team moves with the chart: dr-1 then treats the survivor
        history.record(NURSE, keep.id(), new Allergy(MedicalHistoryTest.PENICILLIN, "", Severity.MILD), EntrySource.CLINICIAN);
        HistoryEntry dupProblem = history.record(NURSE, dup.id(), new Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        Encounter dupVisit = encounters.open(NURSE, new OpenEncounter(dup.id(), EncounterClass.AMBULATORY, clinic.clock.instant(), "",
                Optional.empty()));
        ClinicalNote dupNote = notes.sign(DOCTOR, notes.draft(DOCTOR, dup.id(), Optional.of(dupVisit.id()), "Visit", "text").id(), 1);

        Patient survivor = registry.merge(DOCTOR, keep.id(), keep.version(), dup.id(), dup.version());

        assertThat(survivor.id()).isEqualTo(keep.id());
        assertThat(survivor.mrn()).isEqualTo(keep.mrn());
        assertThat(survivor.mergedMrns()).containsExactly(dup.mrn());
        assertThat(survivor.identifiers()).extracting(ExternalIdentifier::value).containsExactly("A1", "B1");
        Patient merged = registry.get(DESK, dup.id());
        assertThat(merged.status()).isEqualTo(PatientStatus.MERGED);
        assertThat(merged.mergedInto()).contains(keep.id());
        assertThat(merged.identifiers()).isEmpty();

        assertThat(history.list(DOCTOR, keep.id(), Set.of())).hasSize(2)
                .anySatisfy(e -> assertThat(e.item()).isEqualTo(dupProblem.item()));
        assertThat(history.list(NURSE, dup.id(), Set.of())).isEmpty();
        assertThat(clinic.service(CareTeams.class).members(NURSE, keep.id())).extracting(CareTeamMember::member).containsExactly("dr-1");
        HistoryEntry moved = history.get(DOCTOR, dupProblem.id());
        assertThat(moved.patient()).isEqualTo(keep.id());
        assertThat(moved.provenance()).isEqualTo(dupProblem.provenance());
        assertThat(encounters.get(DOCTOR, dupVisit.id()).patient()).isEqualTo(keep.id());
        ClinicalNote movedNote = notes.get(DOCTOR, dupNote.id());
        assertThat(movedNote.patient()).isEqualTo(keep.id());
        assertThat(movedNote.text()).isEqualTo(dupNote.text());
        assertThat(movedNote.signedAt()).isEqualTo(dupNote.signedAt());

        assertThat(registry.findByMrn(DESK, dup.mrn(), PageRequest.first(5)).items()).extracting(Patient::id)
                .containsExactlyInAnyOrder(keep.id(), dup.id());
        assertThat(registry.findByIdentifier(DESK, new ExternalIdentifier("urn:payer:b", "B1"), PageRequest.first(5)).items())
                .extracting(Patient::id).containsExactly(keep.id());
        assertThat(registry.findByNameAndBirthDate(DESK, "Silva", "Ana", BIRTH, PageRequest.first(5)).items())
                .extracting(Patient::id).containsExactly(keep.id());
        assertThat(clinic.events()).extracting(e -> e.event()).contains(new PatientsMerged(keep.id(), dup.id(), 4));
        assertThatThrownBy(() -> history.record(NURSE, dup.id(), new Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains(keep.id().asString()));
    }

    @Test
    void mergeWithAStaleVersionChangesNothing() {
        Patient keep = register("Ana", "Silva", BIRTH, null);
        Patient dup = register("Ana", "Silva", BIRTH, null);
        clinic.service(MedicalHistory.class).record(NURSE, dup.id(), new Problem(MedicalHistoryTest.DIABETES, null), EntrySource.CLINICIAN);
        Patient touched = registry.updateDemographics(DESK, dup.id(), dup.version(), dup.demographics().withPreferredLanguage("pt"));

        assertThatThrownBy(() -> registry.merge(DOCTOR, keep.id(), keep.version(), dup.id(), dup.version()))
                .isInstanceOf(VersionConflictException.class);
        assertThat(registry.get(DESK, dup.id()).status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(clinic.service(MedicalHistory.class).list(DOCTOR, dup.id(), Set.of())).hasSize(1);
        assertThat(registry.merge(DOCTOR, keep.id(), keep.version(), dup.id(), touched.version()).mergedMrns()).containsExactly(dup.mrn());
    }

    @Test
    void aPatientCannotBeMergedIntoItselfAndTheFrontDeskCannotMoveCharts() {
        Patient a = register("Ana", "Silva", BIRTH, null);
        Patient b = register("Ana", "Silva", BIRTH, null);

        assertThatThrownBy(() -> registry.merge(DOCTOR, a.id(), a.version(), a.id(), a.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("MC-REC-023"));
        assertThatThrownBy(() -> registry.merge(DESK, a.id(), a.version(), b.id(), b.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(registry.get(DESK, b.id()).status()).isEqualTo(PatientStatus.ACTIVE);
    }
}
