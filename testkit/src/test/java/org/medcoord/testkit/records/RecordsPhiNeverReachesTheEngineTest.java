package org.medcoord.testkit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import java.util.Optional;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.CareTeams;
import org.medcoord.records.Address;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.Amendment;
import org.medcoord.records.Amendments;
import org.medcoord.records.Consents;
import org.medcoord.records.Dose;
import org.medcoord.records.Frequency;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.Route;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ClinicalNotes;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.Encounters;
import org.medcoord.records.EntrySource;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.OpenEncounter;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.PageRequest;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RecordsModule;
import org.medcoord.records.RegisterPatient;
import org.medcoord.records.RelatedPerson;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;
import org.medcoord.testkit.storage.InterceptingStorageProvider;

/** Issue 4: no PHI the records module handles reaches the storage engine in clear, nor a message or toString(). */
class RecordsPhiNeverReachesTheEngineTest {

    private static final String GIVEN = "Zebulonia";
    private static final String FAMILY = "Quixote-Canaryfield";
    private static final LocalDate BIRTH = LocalDate.of(1947, 3, 29);
    private static final String PHONE = "+1 (555) 019-9424";
    private static final String NEW_PHONE = "555-017-7313";
    private static final String EMAIL = "zebulonia.canary@example.org";
    private static final String STREET = "42 Canarywharf Lane";
    private static final String MEMBER_ID = "MEMBERCANARY-771";
    private static final String LEGACY_MRN = "LEGACYCANARY-5150";
    private static final String GUARDIAN = "Guardiancanary";
    private static final String EMERGENCY = "Emergencanary";
    private static final String REACTION = "Reactioncanary hives";
    private static final String NOTE_TEXT = "Notecanary: patient reports chest pain";
    private static final String ADDENDUM = "Addendumcanary correction";
    private static final String VISIT_REASON = "Reasoncanary cough";
    private static final String SOCIAL = "Socialcanary smokes";
    private static final String AMEND = "Amendcanary please fix";
    private static final String DENIAL = "Denialcanary reason";
    private static final String DISAGREE = "Disagreecanary statement";
    private static final String HELD = "Heldcanary nausea";
    private static final String DRUG = "Drugcanaryzole";
    private static final String RECIPIENT = "recipientcanary:acme";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private final InterceptingStorageProvider storage = new InterceptingStorageProvider(InMemoryStorage.provider());
    private final MedCoord medcoord = MedCoord.builder().storage(storage).settings(TestKeys.settings()).clock(clock)
            .withoutDiscovery().module(new RecordsModule()).build();
    private final AccessContext desk = AccessContext.of(TenantId.of("clinic-a"), Principal.of("desk-1", Roles.FRONT_DESK),
            PurposeOfUse.OPERATIONS);
    private final AccessContext doctor = AccessContext.of(TenantId.of("clinic-a"), Principal.of("dr-1", Roles.CLINICIAN),
            PurposeOfUse.TREATMENT);

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureEveryLogLineAtTrace() {
        logged.start();
        root.addAppender(logged);
        root.setLevel(Level.TRACE);
    }

    @AfterEach
    void close() {
        medcoord.close();
        root.detachAppender(logged);
        root.setLevel(previousLevel);
    }

    private static List<String> canaries() {
        return List.of(GIVEN, FAMILY, "Quixote", "Canaryfield", BIRTH.toString(), "1947", "0199424", "019-9424", "5550199424",
                "0177313", "5550177313", EMAIL, "Canarywharf", MEMBER_ID, LEGACY_MRN, GUARDIAN, EMERGENCY,
                REACTION, "Reactioncanary", NOTE_TEXT, "Notecanary", ADDENDUM, "Addendumcanary", VISIT_REASON, "Reasoncanary", SOCIAL,
                "Socialcanary", "Z87.891", AMEND, "Amendcanary", DENIAL, "Denialcanary", DISAGREE, "Disagreecanary", HELD, "Heldcanary",
                DRUG, "Drugcanary", RECIPIENT, "recipientcanary", "71.3");
    }

    @Test
    void everyRecordsOperationKeepsTheCanaryFromTheEngineMessagesAndToString() {
        PatientRegistry registry = medcoord.service(PatientRegistry.class);
        Demographics demographics = Demographics.of(new PersonName(FAMILY, List.of(GIVEN)), BIRTH, AdministrativeSex.FEMALE)
                .withContacts(List.of(ContactPoint.phone(PHONE, ContactPoint.Use.MOBILE), ContactPoint.email(EMAIL)))
                .withAddress(new Address(List.of(STREET), "Springfield", "IL", "62701", "US"))
                .withEmergencyContacts(List.of(new RelatedPerson(PersonName.of(EMERGENCY, "Smith"), "friend", "555-010-0001")))
                .withGuardian(new RelatedPerson(PersonName.of(GUARDIAN, "Smith"), "son", "555-010-0002"));
        Patient patient = registry.register(desk, RegisterPatient.at("NORTH", demographics)
                .withIdentifiers(List.of(new ExternalIdentifier("urn:payer:acme", MEMBER_ID))));
        Patient twin = registry.register(desk, RegisterPatient.at("NORTH", demographics).withImportedMrn(LEGACY_MRN));

        List<Object> seenByCaller = new ArrayList<>();
        seenByCaller.add(registry.findByNameAndBirthDate(desk, FAMILY, GIVEN, BIRTH, PageRequest.first(10)).items());
        seenByCaller.add(registry.findByPhone(desk, PHONE, PageRequest.first(10)).items());
        seenByCaller.add(registry.findByMrn(desk, LEGACY_MRN, PageRequest.first(10)).items());
        seenByCaller.add(registry.findByIdentifier(desk, new ExternalIdentifier("urn:payer:acme", MEMBER_ID), PageRequest.first(10)).items());
        seenByCaller.add(registry.findDuplicates(desk, patient.id()));
        Patient updated = registry.updateDemographics(desk, patient.id(), patient.version(),
                demographics.withContacts(List.of(ContactPoint.phone(NEW_PHONE, ContactPoint.Use.HOME))));
        seenByCaller.add(updated);
        seenByCaller.add(medcoord.service(CareTeams.class).add(doctor, twin.id(), AddCareTeamMember.practitioner("dr-1")));
        MedicalHistory history = medcoord.service(MedicalHistory.class);
        seenByCaller.add(history.recordAll(doctor, twin.id(), List.of(
                new HistoryItem.Allergy(new Coding(CodeSystems.RXNORM, "7980", "Penicillin"), REACTION, HistoryItem.Severity.SEVERE),
                new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "Z87.891", "History of nicotine dependence"), null),
                new HistoryItem.SocialHistory(HistoryItem.SocialTopic.TOBACCO, SOCIAL)), EntrySource.PATIENT_REPORTED));
        Encounters encounters = medcoord.service(Encounters.class);
        Encounter visit = encounters.open(doctor, new OpenEncounter(twin.id(), EncounterClass.AMBULATORY, clock.instant(), VISIT_REASON,
                Optional.empty()));
        ClinicalNotes notes = medcoord.service(ClinicalNotes.class);
        ClinicalNote note = notes.draft(doctor, twin.id(), Optional.of(visit.id()), "Visit", NOTE_TEXT);
        note = notes.sign(doctor, note.id(), note.version());
        seenByCaller.add(notes.addAddendum(doctor, note.id(), ADDENDUM));
        ClinicalNote signed = note;
        assertThatThrownBy(() -> notes.revise(doctor, signed.id(), signed.version(), "Visit", NOTE_TEXT + " edited"))
                .satisfies(e -> seenByCaller.add(e.getMessage()));
        seenByCaller.add(signed);
        seenByCaller.add(encounters.list(doctor, twin.id()));
        Amendments amendments = medcoord.service(Amendments.class);
        Amendment request = amendments.request(doctor, signed.id(), AMEND);
        Amendment denied = amendments.deny(doctor, request.id(), request.version(), DENIAL);
        seenByCaller.add(amendments.recordDisagreement(doctor, denied.id(), denied.version(), DISAGREE));
        seenByCaller.add(medcoord.service(Vitals.class).record(doctor, twin.id(), VitalKind.WEIGHT, new java.math.BigDecimal("71.3"), "kg",
                clock.instant(), Optional.of(visit.id())));
        MedicationSchedules mar = medcoord.service(MedicationSchedules.class);
        MedicationOrder order = mar.order(doctor, new OrderMedication(twin.id(), new Coding(CodeSystems.RXNORM, "99999", DRUG),
                Dose.of("5", "mg"), Route.ORAL, Frequency.parse("q8h"), java.time.ZoneId.of("UTC"), clock.instant(), Optional.empty(),
                "4-west", java.util.Set.of())).order().orElseThrow();
        seenByCaller.add(mar.record(doctor, order.id(), order.start(), AdministrationOutcome.HELD, Optional.of(HELD)));
        seenByCaller.add(medcoord.service(Consents.class).permitDisclosure(doctor, twin.id(), RECIPIENT,
                java.util.Set.of(org.medcoord.core.access.DataCategory.CLINICAL), clock.instant().plusSeconds(3600)));
        Patient survivor = registry.merge(doctor, updated.id(), updated.version(), twin.id(), twin.version());
        seenByCaller.add(survivor);
        seenByCaller.add(history.list(doctor, survivor.id(), java.util.Set.of()));
        seenByCaller.add(notes.list(doctor, survivor.id()));
        assertThatThrownBy(() -> registry.register(desk, RegisterPatient.at("NORTH", demographics).withImportedMrn(LEGACY_MRN)))
                .satisfies(e -> seenByCaller.add(e.getMessage()));

        // The searches worked through tokens...
        assertThat(registry.findByPhone(desk, NEW_PHONE, PageRequest.first(10)).items()).extracting(Patient::id).containsExactly(patient.id());
        assertThat(registry.findByMrn(desk, LEGACY_MRN, PageRequest.first(10)).items()).hasSize(2);
        // ...the engine never saw a clear value...
        for (String phi : canaries()) {
            assertThat(storage.engineSaw(phi)).as("engine saw %s", phi).isFalse();
        }
        // ...and neither did anything the caller printed: toString() of results, exception messages.
        String printed = seenByCaller.toString();
        for (String phi : canaries()) {
            assertThat(printed).as("printed %s", phi).doesNotContain(phi);
        }
        // ...nor any log line, at TRACE.
        StringBuilder lines = new StringBuilder();
        for (ILoggingEvent event : logged.list) {
            lines.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                lines.append(event.getThrowableProxy().getMessage()).append('\n');
            }
        }
        assertThat(logged.list).as("the audit sink logged the operations").isNotEmpty();
        for (String phi : canaries()) {
            assertThat(lines.toString()).as("logged %s", phi).doesNotContain(phi);
        }
        // The scanner itself works: a clear status and the patient id are there, as they may be.
        assertThat(storage.engineSaw("ACTIVE")).isTrue();
        assertThat(storage.engineSaw(patient.id().asString())).isTrue();
    }
}
