package org.medcoord.fhir;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditField;
import org.medcoord.core.audit.AuditTrail;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.Address;
import org.medcoord.records.AdministrationOutcome;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.CareTeams;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ClinicalNotes;
import org.medcoord.records.Consents;
import org.medcoord.records.ContactPoint;
import org.medcoord.records.Demographics;
import org.medcoord.records.Dose;
import org.medcoord.records.Encounter;
import org.medcoord.records.EncounterClass;
import org.medcoord.records.Encounters;
import org.medcoord.records.EntrySource;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.Frequency;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.MedicationSchedules;
import org.medcoord.records.OpenEncounter;
import org.medcoord.records.OrderMedication;
import org.medcoord.records.OrderOutcome;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;
import org.medcoord.records.RelatedPerson;
import org.medcoord.records.Route;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/** A MedCoord with records, scheduling, inventory and FHIR on the in-memory engine, and a fully charted patient. */
final class Clinic implements AutoCloseable {

    static final TenantId TENANT = TenantId.of("clinic-a");
    static final TenantId OTHER_TENANT = TenantId.of("clinic-b");
    static final AccessContext DESK = AccessContext.of(TENANT, Principal.of("desk-1", Roles.FRONT_DESK), PurposeOfUse.OPERATIONS);
    static final AccessContext DOCTOR = AccessContext.of(TENANT, Principal.of("dr-1", Roles.CLINICIAN), PurposeOfUse.TREATMENT);
    static final AccessContext NURSE = AccessContext.of(TENANT, Principal.of("rn-1", Roles.NURSE), PurposeOfUse.TREATMENT);
    /** A clinician handing the patient their own copy (HIPAA right of access). */
    static final AccessContext COPY = AccessContext.of(TENANT, Principal.of("dr-1", Roles.CLINICIAN), PurposeOfUse.PATIENT_REQUEST);
    static final AccessContext COORDINATOR = AccessContext.of(TENANT, Principal.of("coord-1", Roles.COORDINATOR), PurposeOfUse.OPERATIONS);
    static final AccessContext SYSTEM = AccessContext.of(TENANT, Principal.of("worker", Roles.SYSTEM), PurposeOfUse.OPERATIONS);
    static final AccessContext AUDITOR = AccessContext.of(TENANT, Principal.of("aud-1", Roles.AUDITOR), PurposeOfUse.LEGAL);
    /** The receiving clinic's import worker: a clinician with the system role, so the care relationship does not narrow it. */
    static final AccessContext IMPORTER = AccessContext.of(OTHER_TENANT, Principal.of("import-1", Roles.CLINICIAN, Roles.SYSTEM),
            PurposeOfUse.TREATMENT);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    final MedCoord medcoord;

    Clinic() {
        medcoord = MedCoord.builder()
                .storage(InMemoryStorage.provider())
                .settings(TestKeys.settings())
                .clock(clock)
                .build();
    }

    <T> T service(Class<T> type) {
        return medcoord.service(type);
    }

    List<AuditEntry> audit() {
        return service(AuditTrail.class).report(AUDITOR, Instant.EPOCH, clock.instant().plusSeconds(1), AuditField.SEQUENCE, true, 10_000);
    }

    static Demographics fullDemographics() {
        return Demographics.of(new PersonName("García", List.of("Ana", "María")), LocalDate.of(1980, 4, 12), AdministrativeSex.FEMALE)
                .withGenderIdentity("woman")
                .withContacts(List.of(ContactPoint.phone("+1 617 555 0101", ContactPoint.Use.MOBILE),
                        ContactPoint.phone("617-555-0199", ContactPoint.Use.WORK), ContactPoint.email("ana@example.org")))
                .withAddress(new Address(List.of("12 Elm St", "Apt 3"), "Boston", "MA", "02118", "US"))
                .withPreferredLanguage("es")
                .withEmergencyContacts(List.of(new RelatedPerson(PersonName.of("Luis", "García"), "husband", "617-555-0142")))
                .withGuardian(new RelatedPerson(PersonName.of("Rosa", "Pérez"), "mother", "617-555-0177"));
    }

    /** Registers a patient with a whole chart: history of every kind, an encounter, vitals, an order and a dose, notes, a consent. */
    PatientId chartedPatient() {
        Patient p = service(PatientRegistry.class).register(DESK, RegisterPatient.at("MAIN", fullDemographics())
                .withIdentifiers(List.of(new ExternalIdentifier("urn:oid:2.16.840.1.113883.4.1", "123-45-6789"))));
        PatientId id = p.id();
        service(CareTeams.class).add(COORDINATOR, id, AddCareTeamMember.practitioner("dr-1"));
        MedicalHistory history = service(MedicalHistory.class);
        history.recordAll(DOCTOR, id, List.of(
                new HistoryItem.Allergy(new Coding(CodeSystems.RXNORM, "7980", "Penicillin G"), "hives", HistoryItem.Severity.MODERATE),
                new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "E11.9", "Type 2 diabetes mellitus without complications"),
                        LocalDate.of(2019, 3, 1)),
                new HistoryItem.Medication(new Coding(CodeSystems.RXNORM, "860975", "metformin 500 MG Oral Tablet"), "500 mg twice daily"),
                new HistoryItem.Surgery("appendectomy", null, LocalDate.of(2001, 6, 15)),
                new HistoryItem.FamilyHistory("mother", new Coding(CodeSystems.ICD_10_CM, "I10", "Essential hypertension")),
                new HistoryItem.SocialHistory(HistoryItem.SocialTopic.TOBACCO, "never smoked"),
                new HistoryItem.Immunization(new Coding(CodeSystems.CVX, "140", "Influenza, seasonal, injectable"), LocalDate.of(2025, 10, 1),
                        "LOT-42")), EntrySource.CLINICIAN);
        history.record(DOCTOR, id, new HistoryItem.Problem(new Coding(CodeSystems.ICD_10_CM, "F41.1", "Generalized anxiety disorder"), null),
                EntrySource.PATIENT_REPORTED);
        Encounter visit = service(Encounters.class).open(DOCTOR, new OpenEncounter(id, EncounterClass.AMBULATORY,
                clock.instant(), "follow-up of diabetes", Optional.empty()));
        clock.advance(Duration.ofMinutes(5));
        Vitals vitals = service(Vitals.class);
        Instant at = clock.instant().minusSeconds(60);
        Optional<org.medcoord.records.EncounterId> in = Optional.of(visit.id());
        vitals.record(NURSE, id, VitalKind.SYSTOLIC_BP, new BigDecimal("128"), "mm[Hg]", at, in);
        vitals.record(NURSE, id, VitalKind.DIASTOLIC_BP, new BigDecimal("82"), "mm[Hg]", at, in);
        vitals.record(NURSE, id, VitalKind.HEART_RATE, new BigDecimal("72"), "/min", at, in);
        vitals.record(NURSE, id, VitalKind.RESPIRATORY_RATE, new BigDecimal("16"), "/min", at, in);
        vitals.record(NURSE, id, VitalKind.TEMPERATURE, new BigDecimal("98.6"), "[degF]", at, in);
        vitals.record(NURSE, id, VitalKind.WEIGHT, new BigDecimal("154"), "[lb_av]", at, in);
        vitals.record(NURSE, id, VitalKind.HEIGHT, new BigDecimal("165"), "cm", at, in);
        vitals.record(NURSE, id, VitalKind.SPO2, new BigDecimal("97"), "%", at, in);
        vitals.record(NURSE, id, VitalKind.PAIN_SCORE, new BigDecimal("2"), "{score}", at, Optional.empty());
        vitals.record(NURSE, id, VitalKind.SYSTOLIC_BP, new BigDecimal("141"), "mm[Hg]", at.minusSeconds(3600), Optional.empty());
        MedicationSchedules mar = service(MedicationSchedules.class);
        OrderOutcome outcome = mar.order(DOCTOR, new OrderMedication(id, new Coding(CodeSystems.RXNORM, "197361", "amlodipine 5 MG Oral Tablet"),
                Dose.of("5", "mg"), Route.ORAL, Frequency.dailyAt(LocalTime.of(9, 0)), ZoneId.of("America/New_York"),
                clock.instant(), Optional.empty(), "clinic", Set.of()));
        MedicationOrder order = outcome.order().orElseGet(() -> mar.order(DOCTOR, new OrderMedication(id,
                new Coding(CodeSystems.RXNORM, "197361", "amlodipine 5 MG Oral Tablet"), Dose.of("5", "mg"), Route.ORAL,
                Frequency.dailyAt(LocalTime.of(9, 0)), ZoneId.of("America/New_York"), clock.instant(), Optional.empty(), "clinic", Set.of())
                .acknowledging(outcome.warnings())).order().orElseThrow());
        Instant due = mar.schedule(NURSE, order.id(), clock.instant(), clock.instant().plus(Duration.ofDays(2))).get(0).dueAt();
        clock.set(due.plusSeconds(600));
        mar.record(NURSE, order.id(), due, AdministrationOutcome.GIVEN, Optional.empty());
        ClinicalNotes notes = service(ClinicalNotes.class);
        ClinicalNote note = notes.draft(DOCTOR, id, Optional.of(visit.id()), "Diabetes follow-up", "A1c improving; continue metformin.");
        note = notes.sign(DOCTOR, note.id(), note.version());
        notes.addAddendum(DOCTOR, note.id(), "Patient asked for a nutrition referral.");
        service(Encounters.class).finish(DOCTOR, visit.id(), service(Encounters.class).get(DOCTOR, visit.id()).version(), clock.instant());
        service(Consents.class).permitDisclosure(COORDINATOR, id, "payer:acme", Set.of(DataCategory.DEMOGRAPHICS, DataCategory.CLINICAL),
                clock.instant().plus(Duration.ofDays(365)));
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
