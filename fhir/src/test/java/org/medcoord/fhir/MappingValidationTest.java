package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;

@DisplayName("Every resource MedCoord exports validates against the base R4 profiles with zero errors")
class MappingValidationTest {

    static Clinic clinic;
    static PatientId patient;
    static Bundle bundle;

    @BeforeAll
    static void chart() {
        clinic = new Clinic();
        patient = clinic.chartedPatient();
        bundle = clinic.service(PatientExports.class).export(Clinic.COPY, patient).bundle();
    }

    @AfterAll
    static void close() {
        clinic.close();
    }

    @Test
    void everyResourceOfAPatientBundleValidates() {
        List<String> errors = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            Validation.errors(r).forEach(m -> errors.add(r.fhirType() + "/" + r.getIdPart() + " " + m));
        }
        assertThat(errors).isEmpty();
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Patient", "AllergyIntolerance", "Condition",
                "MedicationStatement", "Procedure", "FamilyMemberHistory", "Observation", "Immunization", "Encounter", "Provenance",
                "MedicationRequest", "MedicationAdministration", "DocumentReference", "Consent");
    }

    @Test
    void theValidatorIsNotVacuous() {
        var broken = new org.hl7.fhir.r4.model.Observation();
        broken.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/heartrate");
        broken.setValue(new org.hl7.fhir.r4.model.Quantity().setValue(72).setSystem("http://unitsofmeasure.org").setCode("beats"));
        assertThat(Validation.errors(broken)).isNotEmpty();
    }

    @Test
    void theBundleItselfValidates() {
        assertThat(Validation.errors(bundle)).isEmpty();
    }
}
