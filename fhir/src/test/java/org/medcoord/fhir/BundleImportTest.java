package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.records.EntrySource;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.PageRequest;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.VitalKind;
import org.medcoord.records.Vitals;

@DisplayName("Importing a FHIR bundle into records")
class BundleImportTest {

    private static final String SSN = "urn:oid:2.16.840.1.113883.4.1";

    Clinic clinic;
    BundleImports imports;

    @BeforeEach
    void open() {
        clinic = new Clinic();
        imports = clinic.service(BundleImports.class);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private List<HistoryEntry> historyOf(PatientId patient) {
        return clinic.service(MedicalHistory.class).list(Clinic.IMPORTER, patient, Set.of());
    }

    @Test
    @DisplayName("a patient exported by one clinic imports into another, and importing it again changes nothing")
    void exportedRecordImportsIntoAnotherTenantIdempotently() {
        PatientId source = clinic.chartedPatient();
        byte[] json = clinic.service(PatientExports.class).exportJson(Clinic.COPY, source);

        ImportResult first = imports.importJson(Clinic.IMPORTER, "NORTH", json);

        assertThat(first.patientCreated()).isTrue();
        // 8 history entries, the order into the medication list, and 10 vital signs (a BP panel is two; BMI is derived)
        assertThat(first.created()).isEqualTo(8 + 1 + 10);
        assertThat(first.unchanged()).isZero();
        List<HistoryEntry> imported = historyOf(first.patient());
        assertThat(imported).hasSize(9).allSatisfy(e -> assertThat(e.provenance().source()).isEqualTo(EntrySource.IMPORTED));
        assertThat(clinic.service(Vitals.class).series(Clinic.IMPORTER, first.patient(), VitalKind.SYSTOLIC_BP, Instant.EPOCH,
                clinic.clock.instant())).hasSize(2);
        assertThat(first.warnings()).extracting(MappingIssue::code).contains("MC-FHIR-020");
        assertThat(first.warnings()).allSatisfy(w -> assertThat(w.severity()).isEqualTo(MappingIssue.Severity.WARNING));

        ImportResult second = imports.importJson(Clinic.IMPORTER, "NORTH", json);

        assertThat(second.patient()).isEqualTo(first.patient());
        assertThat(second.patientCreated()).isFalse();
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.created());
        assertThat(historyOf(first.patient())).hasSize(9);
        assertThat(clinic.service(PatientRegistry.class).findByIdentifier(Clinic.IMPORTER, new ExternalIdentifier(SSN, "123-45-6789"),
                PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    @DisplayName("imports of the same bundle racing on four threads record each entry once")
    void racingImportsRecordEachEntryOnce() throws Exception {
        imports.importBundle(Clinic.IMPORTER, "NORTH", bundle());
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(new Reference("Patient/p1"))
                .setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "7980", null)));
        allergy.addReaction().setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.MILD).addManifestation(new CodeableConcept().setText("hives"));
        byte[] json = context().newJsonParser().encodeResourceToString(bundle(allergy, heartRate("/min"))).getBytes(StandardCharsets.UTF_8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<ImportResult>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return imports.importJson(Clinic.IMPORTER, "NORTH", json);
            }));
        }
        start.countDown();
        int created = 0;
        for (var r : results) {
            created += r.get(30, java.util.concurrent.TimeUnit.SECONDS).created();
        }
        pool.shutdown();

        assertThat(created).isEqualTo(2);
        PatientId patient = clinic.service(PatientRegistry.class).findByIdentifier(Clinic.IMPORTER, new ExternalIdentifier(SSN, "999-00-1234"),
                PageRequest.first(10)).items().get(0).id();
        assertThat(historyOf(patient)).hasSize(1);
        assertThat(clinic.service(Vitals.class).series(Clinic.IMPORTER, patient, VitalKind.HEART_RATE, Instant.EPOCH, clinic.clock.instant()))
                .hasSize(1);
    }

    @Test
    @DisplayName("a bundle with invalid resources stores nothing and reports every problem together")
    void invalidResourcesAreReportedTogetherAndNothingIsStored() {
        Bundle bundle = bundle(
                new AllergyIntolerance().setPatient(new Reference("Patient/p1")),                                  // no code
                new Condition().setSubject(new Reference("Patient/p1"))
                        .setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://snomed.info/sct", "44054006", null))),
                heartRate("kg"),                                                                                      // wrong unit
                new Immunization().setPatient(new Reference("Patient/p1")).setStatus(Immunization.ImmunizationStatus.COMPLETED)
                        .setVaccineCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://hl7.org/fhir/sid/cvx", "140", null)))
                        .setOccurrence(new DateTimeType("2099-01-01")),                                               // future
                new Condition().setSubject(new Reference("Patient/someone-else"))
                        .setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://hl7.org/fhir/sid/icd-10-cm", "I10", null))));

        assertThatThrownBy(() -> imports.importBundle(Clinic.IMPORTER, "NORTH", bundle))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field).anySatisfy(f -> assertThat(f).startsWith("Bundle.entry[1] AllergyIntolerance"))
                            .anySatisfy(f -> assertThat(f).startsWith("Bundle.entry[2] Condition"))
                            .anySatisfy(f -> assertThat(f).startsWith("Bundle.entry[3] Observation"))
                            .anySatisfy(f -> assertThat(f).startsWith("Bundle.entry[4] Immunization"))
                            .anySatisfy(f -> assertThat(f).startsWith("Bundle.entry[5] Condition"));
                    assertThat(e.violations()).extracting(Violation::code)
                            .contains("MC-FHIR-011", "MC-FHIR-012", "MC-FHIR-013", "MC-FHIR-022");
                    assertThat(e.getMessage()).doesNotContain("Okafor");
                });
        assertNothingStored();
    }

    @Test
    @DisplayName("a problem only records finds rolls back the patient already registered in the same import")
    void aRecordsFailureRollsBackEveryWrite() {
        AllergyIntolerance tooLong = new AllergyIntolerance().setPatient(new Reference("Patient/p1"))
                .setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "7980", null)));
        tooLong.addReaction().setSeverity(AllergyIntolerance.AllergyIntoleranceSeverity.MILD)
                .addManifestation(new CodeableConcept().setText("x".repeat(5000)));
        Bundle bundle = bundle(tooLong);

        assertThatThrownBy(() -> imports.importBundle(Clinic.IMPORTER, "NORTH", bundle))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.code()).isEqualTo("MC-FHIR-030");
                            assertThat(v.field()).startsWith("Bundle.entry[1] AllergyIntolerance");
                        }));
        assertNothingStored();
    }

    @Test
    @DisplayName("resource types the import does not take, and elements records has no place for, come back as warnings")
    void unmappableContentIsReported() {
        DocumentReference doc = new DocumentReference().setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        doc.setSubject(new Reference("Patient/p1"));
        Bundle bundle = bundle(doc);
        ((org.hl7.fhir.r4.model.Patient) bundle.getEntryFirstRep().getResource()).getNameFirstRep().addPrefix("Dr.");

        ImportResult result = imports.importBundle(Clinic.IMPORTER, "NORTH", bundle);

        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("MC-FHIR-020");
            assertThat(w.resource()).isEqualTo("Bundle.entry[1] DocumentReference");
        });
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("MC-FHIR-014");
            assertThat(w.path()).isEqualTo("Patient.name.prefix");
        });
    }

    @Test
    @DisplayName("input that is not a FHIR JSON bundle is rejected with MC-FHIR-023")
    void garbageIsRejected() {
        assertThatThrownBy(() -> imports.importJson(Clinic.IMPORTER, "NORTH", "{\"resourceType\":\"Nope\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-FHIR-023"));
    }

    @Test
    @DisplayName("a searchset bundle is refused")
    void onlyTransactionAndCollectionBundles() {
        Bundle b = bundle();
        b.setType(Bundle.BundleType.SEARCHSET);
        assertThatThrownBy(() -> imports.importBundle(Clinic.IMPORTER, "NORTH", b))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .contains("MC-FHIR-021"));
    }

    private void assertNothingStored() {
        assertThat(clinic.service(PatientRegistry.class).findByIdentifier(Clinic.IMPORTER, new ExternalIdentifier(SSN, "999-00-1234"),
                PageRequest.first(10)).items()).isEmpty();
    }

    private static Observation heartRate(String unit) {
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding("http://loinc.org", "8867-4", "Heart rate")));
        o.setSubject(new Reference("Patient/p1"));
        o.setEffective(new DateTimeType(Date.from(Instant.parse("2026-10-01T10:00:00Z"))));
        o.setValue(new Quantity().setValue(new BigDecimal("72")).setSystem("http://unitsofmeasure.org").setCode(unit));
        return o;
    }

    /** A transaction bundle: a patient (id p1) first, then {@code resources}. */
    static Bundle bundle(Resource... resources) {
        Bundle b = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        org.hl7.fhir.r4.model.Patient p = new org.hl7.fhir.r4.model.Patient();
        p.setId("p1");
        p.addIdentifier().setSystem(SSN).setValue("999-00-1234");
        p.addName().setFamily("Okafor").addGiven("Chidi");
        p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1975-02-03"));
        p.setGender(Enumerations.AdministrativeGender.MALE);
        b.addEntry().setFullUrl("urn:uuid:6f1c3c1e-8e22-4c52-9e3c-4b8d3c8f0a11").setResource(p);
        for (Resource r : resources) {
            b.addEntry().setResource(r);
        }
        return b;
    }

    static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
