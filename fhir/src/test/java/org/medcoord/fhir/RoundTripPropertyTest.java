package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.Receipt;
import org.medcoord.records.ClinicalNote;
import org.medcoord.records.ConsentDirective;
import org.medcoord.records.Encounter;
import org.medcoord.records.HistoryEntry;
import org.medcoord.records.MedicationOrder;
import org.medcoord.records.Patient;
import org.medcoord.records.ScheduledDose;
import org.medcoord.records.Vital;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.Slot;
import org.medcoord.testsupport.TestKeys;

/**
 * MedCoord to FHIR to MedCoord gives back an equal value, for every mapped type, over {@value Properties#TRIES} seeded
 * generated values per type (see {@link Properties} for reproducing a failing seed).
 */
class RoundTripPropertyTest {

    static MedCoord medcoord;
    static FhirMapper mapper;

    @BeforeAll
    static void start() {
        medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings()).build();
        mapper = medcoord.service(FhirMapper.class);
    }

    @AfterAll
    static void stop() {
        medcoord.close();
    }

    @Test
    void patient() {
        Properties.forAll("patient", Generated::patient, (Patient p) -> {
            assertThat(mapper.patient(mapper.toFhir(p)).orElseThrow()).usingRecursiveComparison().isEqualTo(p);
            assertThat(mapper.patient(mapper.toFhir(p)).orElseThrow()).isEqualTo(p);
        });
    }

    @Test
    void historyEntry() {
        Properties.forAll("historyEntry", Generated::historyEntry, (HistoryEntry e) -> {
            assertThat(mapper.historyEntry(mapper.toFhir(e)).orElseThrow()).isEqualTo(e);
            assertThat(mapper.provenance(mapper.provenance(e)).orElseThrow()).isEqualTo(e.provenance());
        });
    }

    @Test
    void encounter() {
        Properties.forAll("encounter", Generated::encounter, (Encounter e) -> {
            assertThat(mapper.encounter(mapper.toFhir(e)).orElseThrow()).isEqualTo(e);
        });
    }

    @Test
    void vitalsIncludingBloodPressurePanels() {
        Properties.forAll("vitalsIncludingBloodPressurePanels", Generated::vitals, (List<Vital> vitals) -> {
            List<Vital> back = new ArrayList<>();
            mapper.toFhir(vitals).forEach(o -> back.addAll(mapper.vitals(o).orElseThrow()));
            Comparator<Vital> byId = Comparator.comparing(v -> v.id().value());
            assertThat(back.stream().sorted(byId).toList()).isEqualTo(vitals.stream().sorted(byId).toList());
        });
    }

    @Test
    void medicationOrder() {
        Properties.forAll("medicationOrder", Generated::order, (MedicationOrder o) -> {
            assertThat(mapper.medicationOrder(mapper.toFhir(o)).orElseThrow()).isEqualTo(o);
        });
    }

    @Test
    void administeredDose() {
        Properties.forAll("administeredDose", Generated::dose, (ScheduledDose d) -> {
            assertThat(mapper.dose(mapper.toFhir(d, new org.medcoord.core.code.Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "197361", null)))
                    .orElseThrow()).isEqualTo(d);
        });
    }

    @Test
    void consent() {
        Properties.forAll("consent", Generated::consent, (ConsentDirective c) -> {
            assertThat(mapper.consent(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
        });
    }

    @Test
    void note() {
        Properties.forAll("note", Generated::note, (ClinicalNote n) -> {
            assertThat(mapper.note(mapper.toFhir(n)).orElseThrow()).isEqualTo(n);
        });
    }

    @Test
    void amendment() {
        Properties.forAll("amendment", Generated::amendment, (org.medcoord.records.Amendment a) -> {
            assertThat(mapper.amendment(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
        });
    }

    @Test
    void auditEntry() {
        Properties.forAll("auditEntry", Generated::audit, (AuditEntry a) -> {
            assertThat(mapper.auditEntry(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
        });
    }

    @Test
    void schedulingResourceAndItsSchedule() {
        Properties.forAll("schedulingResourceAndItsSchedule", Generated::resource, (Resource r) -> {
            assertThat(mapper.schedulingResource(mapper.toFhir(r)).orElseThrow()).isEqualTo(r);
            assertThat(mapper.scheduleOwner(mapper.schedule(r)).orElseThrow()).isEqualTo(r.id());
        });
    }

    @Test
    void slot() {
        Properties.forAll("slot", Generated::slot, (Slot s) -> {
            assertThat(mapper.slot(mapper.toFhir(s)).orElseThrow()).isEqualTo(s);
        });
    }

    @Test
    void appointment() {
        Properties.forAll("appointment", Generated::appointment, (Appointment a) -> {
            var fhir = mapper.toFhir(a);
            assertThat(fhir.getStatus().toCode()).isEqualTo(a.status().fhirCode());
            assertThat(mapper.appointment(fhir).orElseThrow()).isEqualTo(a);
        });
    }

    @Test
    void stockLocation() {
        Properties.forAll("stockLocation", Generated::stockLocation, (org.medcoord.inventory.Location l) -> {
            assertThat(mapper.stockLocation(mapper.toFhir(l)).orElseThrow()).isEqualTo(l);
        });
    }

    @Test
    void asset() {
        Properties.forAll("asset", Generated::asset, (Asset a) -> {
            assertThat(mapper.asset(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
        });
    }

    @Test
    void purchaseOrder() {
        Properties.forAll("purchaseOrder", Generated::purchaseOrder, (PurchaseOrder o) -> {
            assertThat(mapper.purchaseOrder(mapper.toFhir(o)).orElseThrow()).isEqualTo(o);
        });
    }

    @Test
    void receipt() {
        Properties.forAll("receipt", Generated::receipt, (Receipt r) -> {
            assertThat(mapper.receipt(mapper.toFhir(r)).orElseThrow()).isEqualTo(r);
        });
    }

    @Test
    void coverage() {
        Properties.forAll("coverage", Generated::coverage, (org.medcoord.billing.Coverage c) -> {
            assertThat(mapper.coverage(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
        });
    }

    @Test
    void claim() {
        Properties.forAll("claim", Generated::claim, (org.medcoord.billing.Claim c) -> {
            assertThat(mapper.claim(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
        });
    }

    @Test
    void claimResponseAndExplanationOfBenefit() {
        Properties.forAll("claimResponseAndExplanationOfBenefit", Generated::adjudication, (Adjudication a) -> {
            assertThat(mapper.claimPayment(mapper.toFhir(a.payment(), a.claim(), a.posted())).orElseThrow()).isEqualTo(a.payment());
            assertThat(mapper.adjudication(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
        });
    }
}
