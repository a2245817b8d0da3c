package org.medcoord.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medcoord.records.Clinic.DESK;
import static org.medcoord.records.Clinic.DOCTOR;
import static org.medcoord.records.Clinic.NURSE;
import static org.medcoord.records.Clinic.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;

class RecordExportsTest {

    private static final AccessContext ON_REQUEST = AccessContext.of(Clinic.TENANT, Principal.of("dr-1", Roles.CLINICIAN),
            PurposeOfUse.PATIENT_REQUEST);

    private final Clinic clinic = new Clinic();
    private final RecordExports exports = clinic.service(RecordExports.class);
    private final PatientId patient = clinic.treatedBy(clinic.registry()
            .register(DESK, RegisterPatient.at("NORTH", person("Ana", "Silva", LocalDate.of(1980, 5, 17), "555-201-0001"))).id());

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void theWholeRecordIsExportedAsJsonAndAuditedAsAnExportOfEveryCategory() throws IOException {
        clinic.service(MedicalHistory.class).record(NURSE, patient,
                new HistoryItem.Allergy(MedicalHistoryTest.PENICILLIN, "hives", HistoryItem.Severity.MODERATE), EntrySource.PATIENT_REPORTED);
        ClinicalNote note = clinic.service(ClinicalNotes.class).draft(DOCTOR, patient, Optional.empty(), "Visit", "Well.");
        clinic.service(ClinicalNotes.class).sign(DOCTOR, note.id(), note.version());
        clinic.service(Vitals.class).record(NURSE, patient, VitalKind.HEART_RATE, new BigDecimal("72"), "/min", clinic.clock.instant(),
                Optional.empty());

        JsonNode json = new ObjectMapper().readTree(exports.exportJson(ON_REQUEST, patient));

        assertThat(json.at("/patient/demographics/name/family").asText()).isEqualTo("Silva");
        assertThat(json.at("/patient/mrn").asText()).startsWith("NORTH-");
        assertThat(json.at("/history/0/item/@kind").asText()).isEqualTo("allergy");
        assertThat(json.at("/history/0/item/reaction").asText()).isEqualTo("hives");
        assertThat(json.at("/notes/0/status").asText()).isEqualTo("SIGNED");
        assertThat(json.at("/vitals/0/value").decimalValue()).isEqualByComparingTo("72");
        assertThat(json.at("/exportedBy").asText()).isEqualTo("dr-1");
        assertThat(json.at("/exportedAt").asText()).isEqualTo(clinic.clock.instant().toString());
        assertThat(clinic.audit()).filteredOn(e -> e.event().action() == Action.EXPORT)
                .extracting(e -> e.event().category())
                .containsExactlyInAnyOrder(DataCategory.DEMOGRAPHICS, DataCategory.CLINICAL, DataCategory.MEDICATION, DataCategory.NOTES,
                        DataCategory.CONSENT);
        assertThat(clinic.events()).extracting(e -> e.event()).contains(new RecordExported(patient, "dr-1"));
    }

    @Test
    void exportIsForThePatientsRequestNotRoutineTreatment() {
        assertThatThrownBy(() -> exports.collect(DOCTOR, patient)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.collect(DESK, patient)).isInstanceOf(AccessDeniedException.class);
    }
}
