package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.BILLER;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.SUPPLY;
import static org.medcoord.records.Clinic.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.access.Action;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.data.ResultPage;

class PatientRegistryTest {

    private static final LocalDate BIRTH = LocalDate.of(1980, 5, 17);

    private final Clinic clinic = new Clinic();
    private final PatientRegistry registry = clinic.registry();

    @AfterEach
    void close() {
        clinic.close();
    }

    private Patient register(String given, String family, LocalDate birth, String phone) {
        return registry.register(DESK, RegisterPatient.at("north", person(given, family, birth, phone)));
    }

    @Test
    void registeringIssuesSequentialMrnsWithACheckDigitPerFacility() {
        Patient first = register("Ana", "Silva", BIRTH, "555-201-0001");
        Patient second = register("Ben", "Okafor", BIRTH, null);
        Patient elsewhere = registry.register(DESK, RegisterPatient.at("SOUTH", person("Cy", "Lee", BIRTH, null)));

        assertThat(first.mrn()).isEqualTo("NORTH-00000018");
        assertThat(second.mrn()).startsWith("NORTH-0000002");
        assertThat(elsewhere.mrn()).startsWith("SOUTH-0000001");
        assertThat(first.facility()).isEqualTo("NORTH");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(first.updatedBy()).isEqualTo("desk-1");
    }

    @Test
    void everyDemographicDetailIsKeptAndReadBack() {
        Demographics full = Demographics.of(new PersonName("García", List.of("María", "José")), BIRTH, AdministrativeSex.FEMALE)
                .withGenderIdentity("woman")
                .withContacts(List.of(ContactPoint.phone("+1 (555) 201-0002", ContactPoint.Use.HOME), ContactPoint.email("m@example.org")))
                .withAddress(new Address(List.of("12 Elm St", "Apt 3"), "Springfield", "IL", "62701", "US"))
                .withPreferredLanguage("es")
                .withEmergencyContacts(List.of(new RelatedPerson(PersonName.of("Luis", "García"), "brother", "555-201-0003")))
                .withGuardian(new RelatedPerson(PersonName.of("Rosa", "García"), "mother", "555-201-0004"));
        Patient registered = registry.register(DESK, RegisterPatient.at("NORTH", full)
                .withIdentifiers(List.of(new ExternalIdentifier("urn:payer:acme", "M123"))));

        Patient read = registry.get(DESK, registered.id());

        assertThat(read.demographics()).isEqualTo(full);
        assertThat(read.identifiers()).containsExactly(new ExternalIdentifier("urn:payer:acme", "M123"));
        assertThat(read.mrn()).isEqualTo(registered.mrn());
    }

    @Test
    void badInputReportsEveryProblemAtOnceAndStoresNothing() {
        Demographics bad = Demographics.of(PersonName.of("Ana", " "), LocalDate.of(2030, 1, 1), AdministrativeSex.FEMALE)
                .withContacts(List.of(ContactPoint.phone("12", ContactPoint.Use.HOME), ContactPoint.email("not-an-address")))
                .withPreferredLanguage("not a language!");
        RegisterPatient request = new RegisterPatient("no such facility", bad,
                List.of(new ExternalIdentifier("", "x"), new ExternalIdentifier("urn:a", "1"), new ExternalIdentifier("URN:A", "1")),
                Optional.empty());

        assertThatThrownBy(() -> registry.register(DESK, request))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-REC-003", "MC-REC-001", "MC-REC-002", "MC-REC-004", "MC-REC-005",
                                "MC-REC-006", "MC-REC-007", "MC-REC-007"));
        assertThat(registry.findByNameAndBirthDate(DESK, "Ana", null, LocalDate.of(2030, 1, 1), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void birthDatesMoreThan150YearsAgoAreImpossible() {
        assertThatThrownBy(() -> register("Old", "Timer", LocalDate.of(1870, 1, 1), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("demographics.birthDate", "MC-REC-002")));
    }

    @Test
    void searchesMatchNameAndBirthDateIgnoringCaseAccentsAndPunctuation() {
        Patient maria = registry.register(DESK, RegisterPatient.at("NORTH",
                person("María", "O'Brien-Díaz", BIRTH, null)));
        register("Maria", "Other", BIRTH, null);

        assertThat(registry.findByNameAndBirthDate(DESK, "obrien diaz", "MARIA", BIRTH, PageRequest.first(10)).items())
                .extracting(Patient::id).containsExactly(maria.id());
        assertThat(registry.findByNameAndBirthDate(DESK, "O’Brien Díaz", null, BIRTH, PageRequest.first(10)).items())
                .extracting(Patient::id).containsExactly(maria.id());
        assertThat(registry.findByNameAndBirthDate(DESK, "obrien diaz", "maria", BIRTH.plusDays(1), PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void searchByPhoneComparesDigitsAndPagesThroughEveryMatch() {
        List<PatientId> family = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            family.add(register("Kid" + i, "Nguyen", BIRTH.plusYears(i), "(555) 201-0100").id());
        }
        register("Other", "Person", BIRTH, "555-201-0199");

        List<PatientId> seen = new ArrayList<>();
        ResultPage<Patient> page = registry.findByPhone(DESK, "+1 555 201 0100", PageRequest.first(2));
        seen.addAll(page.items().stream().map(Patient::id).toList());
        while (page.nextPageToken().isPresent()) {
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page = registry.findByPhone(DESK, "5552010100", PageRequest.after(page.nextPageToken().get(), 2));
            seen.addAll(page.items().stream().map(Patient::id).toList());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(family);
    }

    @Test
    void searchByMrnAndByIdentifierFindTheRecord() {
        Patient p = registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", BIRTH, null))
                .withIdentifiers(List.of(new ExternalIdentifier("urn:payer:acme", "M-77"))));

        assertThat(registry.findByMrn(DESK, p.mrn().toLowerCase(), PageRequest.first(5)).items()).extracting(Patient::id).containsExactly(p.id());
        assertThat(registry.findByIdentifier(DESK, new ExternalIdentifier("URN:PAYER:ACME", "M-77"), PageRequest.first(5)).items())
                .extracting(Patient::id).containsExactly(p.id());
        assertThat(registry.findByIdentifier(DESK, new ExternalIdentifier("urn:payer:acme", "m-77"), PageRequest.first(5)).items())
                .as("identifier values are case-sensitive in their systems, but core's token normalises case").hasSize(1);
    }

    @Test
    void aSecondPatientWithTheSameExternalIdentifierIsRefusedByTheEngine() {
        ExternalIdentifier payerId = new ExternalIdentifier("urn:payer:acme", "M-1");
        registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", BIRTH, null)).withIdentifiers(List.of(payerId)));

        assertThatThrownBy(() -> registry.register(DESK, RegisterPatient.at("SOUTH", person("Bo", "Li", BIRTH, null))
                .withIdentifiers(List.of(payerId))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-020"));
        assertThat(registry.findByNameAndBirthDate(DESK, "Li", "Bo", BIRTH, PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void importedMrnsAreKeptUniquePerFacilityAndMayNotLookGenerated() {
        Patient legacy = registry.register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", BIRTH, null)).withImportedMrn("OLD-555"));
        assertThat(legacy.mrn()).isEqualTo("OLD-555");

        assertThatThrownBy(() -> registry.register(DESK, RegisterPatient.at("NORTH", person("Bo", "Li", BIRTH, null)).withImportedMrn("old-555")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-021"));
        assertThat(registry.register(DESK, RegisterPatient.at("SOUTH", person("Bo", "Li", BIRTH, null)).withImportedMrn("OLD-555")).mrn())
                .as("another facility may hold the same legacy number").isEqualTo("OLD-555");
        assertThatThrownBy(() -> registry.register(DESK, RegisterPatient.at("NORTH", person("Cy", "Ng", BIRTH, null))
                .withImportedMrn("north-12345678")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-REC-008"));
    }

    @Test
    void updateWithStaleVersionFailsAndKeepsTheNewerChange() {
        Patient p = register("Ana", "Silva", BIRTH, null);
        Patient updated = registry.updateDemographics(DESK, p.id(), p.version(), p.demographics().withPreferredLanguage("pt"));

        assertThatThrownBy(() -> registry.updateDemographics(DESK, p.id(), p.version(), p.demographics().withPreferredLanguage("fr")))
                .isInstanceOf(VersionConflictException.class);
        Patient read = registry.get(DESK, p.id());
        assertThat(read.version()).isEqualTo(updated.version()).isEqualTo(2);
        assertThat(read.demographics().preferredLanguage()).isEqualTo("pt");
    }

    @Test
    void updatedDemographicsAreWhatSearchesFind() {
        Patient p = register("Ana", "Silva", BIRTH, "555-201-0001");
        registry.updateDemographics(DESK, p.id(), p.version(), person("Ana", "Costa", BIRTH, "555-201-0002"));

        assertThat(registry.findByNameAndBirthDate(DESK, "Silva", "Ana", BIRTH, PageRequest.first(5)).items()).isEmpty();
        assertThat(registry.findByPhone(DESK, "555-201-0001", PageRequest.first(5)).items()).isEmpty();
        assertThat(registry.findByNameAndBirthDate(DESK, "Costa", "Ana", BIRTH, PageRequest.first(5)).items()).hasSize(1);
        assertThat(registry.findByPhone(DESK, "555-201-0002", PageRequest.first(5)).items()).hasSize(1);
    }

    @Test
    void addingAnIdentifierIsVersionedAndFindable() {
        Patient p = register("Ana", "Silva", BIRTH, null);
        Patient withId = registry.addIdentifier(DESK, p.id(), p.version(), new ExternalIdentifier("urn:ssa", "123-45-6789"));

        assertThat(withId.version()).isEqualTo(2);
        assertThat(registry.findByIdentifier(DESK, new ExternalIdentifier("urn:ssa", "123-45-6789"), PageRequest.first(5)).items())
                .extracting(Patient::id).containsExactly(p.id());
    }

    @Test
    void aDeactivatedPatientKeepsItsMrnLeavesSearchesAndRefusesUpdates() {
        Patient p = register("Ana", "Silva", BIRTH, "555-201-0001");
        Patient inactive = registry.deactivate(DESK, p.id(), p.version());

        assertThat(inactive.status()).isEqualTo(PatientStatus.INACTIVE);
        assertThat(registry.findByPhone(DESK, "555-201-0001", PageRequest.first(5)).items()).isEmpty();
        assertThat(registry.findByMrn(DESK, p.mrn(), PageRequest.first(5)).items()).extracting(Patient::status)
                .containsExactly(PatientStatus.INACTIVE);
        assertThatThrownBy(() -> registry.updateDemographics(DESK, p.id(), inactive.version(), p.demographics()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-022"));
        assertThat(register("Bo", "Li", BIRTH, null).mrn()).as("MRNs are never reused").isNotEqualTo(p.mrn());
    }

    @Test
    void everyVersionIsKeptWithItsAuthorAndTime() {
        Patient v1 = register("Ana", "Silva", BIRTH, null);
        clinic.clock.advance(java.time.Duration.ofMinutes(5));
        Patient v2 = registry.updateDemographics(DOCTOR, v1.id(), v1.version(), v1.demographics().withPreferredLanguage("pt"));
        clinic.clock.advance(java.time.Duration.ofMinutes(5));
        Patient v3 = registry.deactivate(DESK, v1.id(), v2.version());
        assertThatThrownBy(() -> registry.updateDemographics(DESK, v1.id(), v1.version(), v1.demographics()))
                .isInstanceOf(ConflictException.class);

        List<Patient> versions = registry.versions(DOCTOR, v1.id());

        assertThat(versions).extracting(Patient::version).containsExactly(1L, 2L, 3L);
        assertThat(versions).extracting(Patient::updatedBy).containsExactly("desk-1", "dr-1", "desk-1");
        assertThat(versions).extracting(Patient::updatedAt).containsExactly(v1.updatedAt(), v2.updatedAt(), v3.updatedAt());
        assertThat(versions.get(0).demographics().preferredLanguage()).isNull();
        assertThat(versions.get(1).demographics().preferredLanguage()).isEqualTo("pt");
        assertThat(versions.get(2).status()).isEqualTo(PatientStatus.INACTIVE);
    }

    @Test
    void readingAnUnknownPatientIsNotFound() {
        assertThatThrownBy(() -> registry.get(DESK, PatientId.next(clinic.clock)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("MC-REC-404"));
    }

    @Test
    void everyOperationIsAuditedAndSearchesOnceWithoutCriteria() {
        Patient p = register("Ana", "Silva", BIRTH, "555-201-0001");
        registry.get(DESK, p.id());
        registry.updateDemographics(DESK, p.id(), p.version(), p.demographics().withPreferredLanguage("pt"));
        registry.findByPhone(DESK, "555-201-0001", PageRequest.first(5));

        List<AuditEntry> trail = clinic.audit().stream().filter(e -> e.event().source().startsWith("records.")).toList();
        assertThat(trail).extracting(e -> e.event().action()).containsExactly(Action.CREATE, Action.READ, Action.UPDATE, Action.SEARCH);
        assertThat(trail.subList(0, 3)).allSatisfy(e -> assertThat(e.event().patient()).contains(p.id()));
        AuditEntry search = trail.get(3);
        assertThat(search.event().patient()).isEmpty();
        assertThat(search.event().subject() + search.event().detail()).doesNotContain("555").doesNotContain("0001");
    }

    @Test
    void rolesWithoutDemographicsAccessAreDeniedAndAudited() {
        Patient p = register("Ana", "Silva", BIRTH, null);

        assertThat(registry.get(BILLER, p.id()).id()).as("billing reads demographics for payment").isEqualTo(p.id());
        assertThatThrownBy(() -> registry.updateDemographics(BILLER, p.id(), p.version(), p.demographics()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.get(SUPPLY, p.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.findByMrn(SUPPLY, p.mrn(), PageRequest.first(5))).isInstanceOf(AccessDeniedException.class);

        assertThat(clinic.audit()).filteredOn(e -> e.event().outcome() == AuditOutcome.DENIED).hasSize(3);
        assertThat(registry.get(DOCTOR, p.id()).version()).isEqualTo(1);
    }

    @Test
    void pageSizesOutsideOneToAHundredAreRefused() {
        assertThatThrownBy(() -> registry.findByPhone(DESK, "555-201-0001", PageRequest.first(0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-REC-009"));
    }

    @Test
    void toStringNeverShowsDemographics() {
        Patient p = registry.register(DESK, RegisterPatient.at("NORTH", person("Zebulon", "Canary", BIRTH, "555-201-0042"))
                .withIdentifiers(List.of(new ExternalIdentifier("urn:x", "CANARY-ID"))));

        assertThat(p.toString() + p.demographics() + p.demographics().name() + p.demographics().contacts() + p.identifiers())
                .doesNotContain("Zebulon").doesNotContain("Canary").doesNotContain("0042").doesNotContain("1980").doesNotContain("CANARY-ID");
    }
}
