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

    /** Fixed, so every run validates the same generated values. */
    static final long SEED = 20_261_127L;

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
    @DisplayName("generated scheduling, inventory, audit and chart values map to valid resources")
    void generatedValuesMapToValidResources() {
        FhirMapper mapper = clinic.service(FhirMapper.class);
        List<org.hl7.fhir.instance.model.api.IBaseResource> resources = new ArrayList<>();
        Generated.sample(SEED, 15, Generated::appointment).forEach(a -> resources.add(mapper.toFhir(a)));
        Generated.sample(SEED, 10, Generated::slot).forEach(x -> resources.add(mapper.toFhir(x)));
        Generated.sample(SEED, 10, Generated::resource).forEach(r -> {
            resources.add(mapper.toFhir(r));
            resources.add(mapper.schedule(r));
        });
        Generated.sample(SEED, 5, Generated::stockLocation).forEach(l -> resources.add(mapper.toFhir(l)));
        Generated.sample(SEED, 10, Generated::asset).forEach(a -> resources.add(mapper.toFhir(a)));
        Generated.sample(SEED, 5, Generated::purchaseOrder).forEach(o -> resources.addAll(mapper.toFhir(o)));
        Generated.sample(SEED, 5, Generated::receipt).forEach(r -> resources.add(mapper.toFhir(r)));
        Generated.sample(SEED, 20, Generated::audit).forEach(a -> resources.add(mapper.toFhir(a)));
        Generated.sample(SEED, 20, Generated::patient).forEach(p -> resources.add(mapper.toFhir(p)));
        Generated.sample(SEED, 40, Generated::historyEntry).forEach(e -> resources.add(mapper.toFhir(e)));
        Generated.sample(SEED, 15, Generated::order).forEach(o -> resources.add(mapper.toFhir(o)));
        Generated.sample(SEED, 10, Generated::encounter).forEach(e -> resources.add(mapper.toFhir(e)));
        Generated.sample(SEED, 10, Generated::note).forEach(n -> resources.add(mapper.toFhir(n)));
        Generated.sample(SEED, 15, Generated::amendment).forEach(a -> resources.add(mapper.toFhir(a)));
        Generated.sample(SEED, 10, Generated::consent).forEach(c -> resources.add(mapper.toFhir(c)));
        Generated.sample(SEED, 10, Generated::coverage).forEach(c -> resources.add(mapper.toFhir(c)));
        Generated.sample(SEED, 10, Generated::claim).forEach(c -> resources.add(mapper.toFhir(c)));
        Generated.sample(SEED, 10, Generated::adjudication).forEach(a -> {
            resources.add(mapper.toFhir(a.payment(), a.claim(), a.posted()));
            resources.add(mapper.toFhir(a));
        });
        List<String> errors = new ArrayList<>();
        for (var r : resources) {
            Validation.errors(r).forEach(m -> errors.add(r.fhirType() + " " + m));
        }
        assertThat(errors).isEmpty();
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
