package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.MedCoord;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.Coding;
import org.medcoord.records.AddCareTeamMember;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.CareTeams;
import org.medcoord.records.Demographics;
import org.medcoord.records.EntrySource;
import org.medcoord.records.ExternalIdentifier;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.Patient;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;

/** The README's interoperability example, kept compiling and working. */
class ReadmeExampleTest {

    private final Clinic clinic = new Clinic();

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void theReadmeExampleExportsAPatientAndImportsItIntoAnotherClinic(@TempDir Path exportDir) {
        MedCoord medcoord = clinic.medcoord;
        AccessContext desk = Clinic.DESK;
        AccessContext doctor = Clinic.DOCTOR;
        AccessContext patientRequest = Clinic.COPY;
        AccessContext otherClinic = Clinic.IMPORTER;
        AccessContext worker = Clinic.SYSTEM;
        List<String> savedCursors = new ArrayList<>();
        Patient ana = medcoord.service(PatientRegistry.class).register(desk, RegisterPatient.at("NORTH",
                Demographics.of(PersonName.of("Ana", "Silva"), LocalDate.of(1980, 5, 17), AdministrativeSex.FEMALE))
                .withIdentifiers(List.of(new ExternalIdentifier("urn:oid:2.16.840.1.113883.4.1", "123-45-6789"))));
        medcoord.service(CareTeams.class).add(Clinic.COORDINATOR, ana.id(), AddCareTeamMember.practitioner("dr-1"));
        medcoord.service(MedicalHistory.class).record(doctor, ana.id(), new HistoryItem.Allergy(
                new Coding(CodeSystems.RXNORM, "7980", "Penicillin G"), "hives", HistoryItem.Severity.SEVERE), EntrySource.CLINICIAN);

        // --- README example starts here ---
        PatientExports exports = medcoord.service(PatientExports.class);
        BundleImports imports = medcoord.service(BundleImports.class);

        // The patient's own copy (HIPAA right of access): a FHIR R4 collection Bundle, audited as a disclosure.
        PatientBundle copy = exports.export(patientRequest, ana.id());
        byte[] json = exports.exportJson(patientRequest, ana.id());

        // Another clinic (tenant) imports it: checked first, written in one transaction, provenance "imported".
        ImportResult imported = imports.importJson(otherClinic, "SOUTH", json);
        // Importing it again finds the patient by identifier and the entries by content: nothing changes.
        ImportResult again = imports.importJson(otherClinic, "SOUTH", json);

        // Every patient of a tenant as Bulk Data NDJSON (Patient.ndjson, AllergyIntolerance.ndjson, ...), streamed;
        // keep the latest cursor to resume after a crash.
        BulkExportResult bulk = medcoord.service(BulkExports.class).export(worker, BulkExportRequest.into(exportDir)
                .withListener(progress -> savedCursors.add(progress.cursor().token())));
        // --- README example ends here ---

        assertThat(copy.bundle().getEntry()).extracting(e -> e.getResource().fhirType()).contains("Patient", "AllergyIntolerance", "Provenance");
        assertThat(imported.patientCreated()).isTrue();
        assertThat(imported.created()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(again.patient()).isEqualTo(imported.patient());
        assertThat(bulk.patientsExported()).isEqualTo(1);
        assertThat(savedCursors).isNotEmpty();
        assertThat(clinic.audit()).anySatisfy(e -> {
            assertThat(e.event().source()).isEqualTo("fhir.patient-export");
            assertThat(e.event().action()).isEqualTo(org.medcoord.core.access.Action.DISCLOSE);
        });
    }
}
