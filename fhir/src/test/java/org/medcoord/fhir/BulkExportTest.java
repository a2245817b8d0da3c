package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.PatientId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.Demographics;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;

@DisplayName("Bulk export of a tenant as NDJSON")
class BulkExportTest {

    Clinic clinic;
    BulkExports bulk;
    List<PatientId> patients = new ArrayList<>();

    @BeforeEach
    void open() {
        clinic = new Clinic();
        bulk = clinic.service(BulkExports.class);
        patients.add(clinic.chartedPatient());
        for (int i = 0; i < 4; i++) {
            patients.add(clinic.service(PatientRegistry.class).register(Clinic.DESK, RegisterPatient.at("MAIN",
                    Demographics.of(PersonName.of("Pat" + i, "Moreau"), LocalDate.of(1990, 1, 1 + i), AdministrativeSex.OTHER))).id());
        }
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    @Test
    @DisplayName("writes one file per resource type, one valid resource per line, and a manifest with counts")
    void writesTheBulkDataLayout(@TempDir Path dir) throws IOException {
        List<BulkExportProgress> progress = new ArrayList<>();

        BulkExportResult result = bulk.export(Clinic.SYSTEM, BulkExportRequest.into(dir).withPageSize(5).withListener(progress::add));

        assertThat(result.patientsExported()).isEqualTo(5);
        assertThat(result.patientsSkipped()).isZero();
        assertThat(progress).hasSizeGreaterThan(1);
        assertThat(progress).extracting(BulkExportProgress::patientsExported).isSorted();
        Map<String, String> files = contents(dir);
        assertThat(files.keySet()).contains("Patient.ndjson", "DocumentReference.ndjson", "Consent.ndjson", "MedicationAdministration.ndjson",
                "AllergyIntolerance.ndjson", "Condition.ndjson", "Observation.ndjson",
                "Encounter.ndjson", "MedicationRequest.ndjson", "Provenance.ndjson", "Immunization.ndjson");
        assertThat(files.get("Patient.ndjson").lines()).hasSize(5);
        var parser = FhirContext.forR4Cached().newJsonParser();
        List<String> errors = new ArrayList<>();
        files.forEach((name, text) -> text.lines().forEach(line -> {
            Resource r = (Resource) parser.parseResource(line);
            assertThat(name).isEqualTo(r.fhirType() + ".ndjson");
            Validation.errors(r).forEach(m -> errors.add(name + " " + m));
        }));
        assertThat(errors).isEmpty();
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("\"type\":\"Patient\",\"url\":\"Patient.ndjson\",\"count\":5");
        result.resources().forEach((type, count) -> assertThat(files.get(type + ".ndjson").lines().count()).isEqualTo(count));
    }

    @Test
    @DisplayName("every exported patient is audited as an EXPORT of each record category by the exporting process, and the "
            + "export holds notes, consents, administrations and amendment requests")
    void everyExportedPatientIsAuditedAsAnExport(@TempDir Path dir) throws IOException {
        var entry = clinic.service(org.medcoord.records.MedicalHistory.class).list(Clinic.DOCTOR, patients.get(0), java.util.Set.of()).get(0);
        var amendments = clinic.service(org.medcoord.records.Amendments.class);
        var requested = amendments.request(Clinic.DOCTOR, entry.id(), "the reaction was mild");
        amendments.deny(Clinic.DOCTOR, requested.id(), requested.version(), "the chart matches the visit");

        BulkExportResult result = bulk.export(Clinic.SYSTEM, BulkExportRequest.into(dir).withPageSize(2));

        assertThat(result.patientsExported()).isEqualTo(5);
        Map<PatientId, java.util.Set<DataCategory>> exported = new java.util.HashMap<>();
        for (AuditEntry a : clinic.audit()) {
            if (a.event().action() == Action.EXPORT && a.event().userId().equals("worker") && a.event().outcome() == AuditOutcome.SUCCESS) {
                exported.computeIfAbsent(a.event().patient().orElseThrow(), p -> java.util.EnumSet.noneOf(DataCategory.class))
                        .add(a.event().category());
            }
        }
        assertThat(exported.keySet()).containsExactlyInAnyOrderElementsOf(patients);
        assertThat(exported.values()).allSatisfy(categories -> assertThat(categories).containsExactlyInAnyOrder(DataCategory.DEMOGRAPHICS,
                DataCategory.CLINICAL, DataCategory.MEDICATION, DataCategory.NOTES, DataCategory.CONSENT));
        Map<String, String> files = contents(dir);
        assertThat(files.keySet()).contains("DocumentReference.ndjson", "Consent.ndjson", "MedicationAdministration.ndjson", "Task.ndjson");
        var task = (org.hl7.fhir.r4.model.Task) FhirContext.forR4Cached().newJsonParser().parseResource(files.get("Task.ndjson").strip());
        assertThat(Validation.errors(task)).isEmpty();
        assertThat(clinic.service(FhirMapper.class).amendment(task).orElseThrow())
                .isEqualTo(amendments.forEntry(Clinic.DOCTOR, entry.id()).get(0));
    }

    @Test
    @DisplayName("an interrupted export resumed from its last cursor ends with the same files as an uninterrupted one")
    void resumesFromItsCursor(@TempDir Path whole, @TempDir Path interrupted) throws IOException {
        bulk.export(Clinic.SYSTEM, BulkExportRequest.into(whole).withPageSize(3));
        List<BulkExportCursor> cursors = new ArrayList<>();

        assertThatThrownBy(() -> bulk.export(Clinic.SYSTEM, BulkExportRequest.into(interrupted).withPageSize(3).withListener(p -> {
            cursors.add(p.cursor());
            if (cursors.size() == 2) {
                throw new IllegalStateException("simulated crash");
            }
        }))).isInstanceOf(IllegalStateException.class);
        // a crash mid-page leaves a partial line behind the checkpoint
        Files.writeString(interrupted.resolve("Patient.ndjson"), "{\"resourceType\":\"Pat", StandardOpenOption.APPEND);

        BulkExportCursor resumeAt = BulkExportCursor.parse(cursors.get(1).token());
        BulkExportResult rest = bulk.export(Clinic.SYSTEM, BulkExportRequest.into(interrupted).withPageSize(3).resumingFrom(resumeAt));

        assertThat(rest.patientsExported()).isEqualTo(5);
        assertThat(contents(interrupted)).isEqualTo(contents(whole));
    }

    @Test
    @DisplayName("a patient hidden from the exporting user by a consent restriction is skipped and counted")
    void restrictedPatientsAreSkipped(@TempDir Path dir) {
        var consents = clinic.service(org.medcoord.records.Consents.class);
        var p = clinic.service(PatientRegistry.class).get(Clinic.DESK, patients.get(4));
        consents.restrictAccess(Clinic.COORDINATOR, p.id(), p.version(), java.util.Set.of("coord-1"));

        BulkExportResult result = bulk.export(Clinic.SYSTEM, BulkExportRequest.into(dir));

        assertThat(result.patientsExported()).isEqualTo(4);
        assertThat(result.patientsSkipped()).isEqualTo(1);
        assertThat(clinic.audit()).noneMatch(a -> a.event().action() == Action.EXPORT && a.event().outcome() == AuditOutcome.SUCCESS
                && a.event().patient().equals(java.util.Optional.of(p.id())));
    }

    @Test
    @DisplayName("a cursor token that is not one is refused with MC-FHIR-041")
    void badCursorsAreRefused() {
        assertThatThrownBy(() -> BulkExportCursor.parse("v9;nonsense")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("MC-FHIR-041"));
    }
}
