package org.medcoord.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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

/** MedCoord to FHIR to MedCoord gives back an equal value, for every mapped type, over generated values. */
class RoundTripPropertyTest {

    static MedCoord medcoord;
    static FhirMapper mapper;

    @BeforeContainer
    static void start() {
        medcoord = MedCoord.builder().storage(InMemoryStorage.provider()).settings(TestKeys.settings()).build();
        mapper = medcoord.service(FhirMapper.class);
    }

    @AfterContainer
    static void stop() {
        medcoord.close();
    }

    @Provide Arbitrary<Patient> patients() { return Generated.patient(); }
    @Provide Arbitrary<HistoryEntry> entries() { return Generated.historyEntry(); }
    @Provide Arbitrary<Encounter> encounters() { return Generated.encounter(); }
    @Provide Arbitrary<List<Vital>> vitals() { return Generated.vitals(); }
    @Provide Arbitrary<MedicationOrder> orders() { return Generated.order(); }
    @Provide Arbitrary<ScheduledDose> doses() { return Generated.dose(); }
    @Provide Arbitrary<ConsentDirective> consents() { return Generated.consent(); }
    @Provide Arbitrary<ClinicalNote> notes() { return Generated.note(); }
    @Provide Arbitrary<AuditEntry> audits() { return Generated.audit(); }
    @Provide Arbitrary<Resource> resources() { return Generated.resource(); }
    @Provide Arbitrary<Slot> slots() { return Generated.slot(); }
    @Provide Arbitrary<Appointment> appointments() { return Generated.appointment(); }
    @Provide Arbitrary<org.medcoord.inventory.Location> locations() { return Generated.stockLocation(); }
    @Provide Arbitrary<Asset> assets() { return Generated.asset(); }
    @Provide Arbitrary<PurchaseOrder> purchaseOrders() { return Generated.purchaseOrder(); }
    @Provide Arbitrary<Receipt> receipts() { return Generated.receipt(); }
    @Provide Arbitrary<org.medcoord.billing.Coverage> coverages() { return Generated.coverage(); }
    @Provide Arbitrary<org.medcoord.billing.Claim> claims() { return Generated.claim(); }
    @Provide Arbitrary<Adjudication> adjudications() { return Generated.adjudication(); }

    @Property(tries = 200)
    void patient(@ForAll("patients") Patient p) {
        assertThat(mapper.patient(mapper.toFhir(p)).orElseThrow()).usingRecursiveComparison().isEqualTo(p);
        assertThat(mapper.patient(mapper.toFhir(p)).orElseThrow()).isEqualTo(p);
    }

    @Property(tries = 200)
    void historyEntry(@ForAll("entries") HistoryEntry e) {
        assertThat(mapper.historyEntry(mapper.toFhir(e)).orElseThrow()).isEqualTo(e);
        assertThat(mapper.provenance(mapper.provenance(e)).orElseThrow()).isEqualTo(e.provenance());
    }

    @Property(tries = 200)
    void encounter(@ForAll("encounters") Encounter e) {
        assertThat(mapper.encounter(mapper.toFhir(e)).orElseThrow()).isEqualTo(e);
    }

    @Property(tries = 200)
    void vitalsIncludingBloodPressurePanels(@ForAll("vitals") List<Vital> vitals) {
        List<Vital> back = new ArrayList<>();
        mapper.toFhir(vitals).forEach(o -> back.addAll(mapper.vitals(o).orElseThrow()));
        Comparator<Vital> byId = Comparator.comparing(v -> v.id().value());
        assertThat(back.stream().sorted(byId).toList()).isEqualTo(vitals.stream().sorted(byId).toList());
    }

    @Property(tries = 200)
    void medicationOrder(@ForAll("orders") MedicationOrder o) {
        assertThat(mapper.medicationOrder(mapper.toFhir(o)).orElseThrow()).isEqualTo(o);
    }

    @Property(tries = 200)
    void administeredDose(@ForAll("doses") ScheduledDose d) {
        assertThat(mapper.dose(mapper.toFhir(d, new org.medcoord.core.code.Coding("http://www.nlm.nih.gov/research/umls/rxnorm", "197361", null)))
                .orElseThrow()).isEqualTo(d);
    }

    @Property(tries = 200)
    void consent(@ForAll("consents") ConsentDirective c) {
        assertThat(mapper.consent(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
    }

    @Property(tries = 200)
    void note(@ForAll("notes") ClinicalNote n) {
        assertThat(mapper.note(mapper.toFhir(n)).orElseThrow()).isEqualTo(n);
    }

    @Property(tries = 200)
    void auditEntry(@ForAll("audits") AuditEntry a) {
        assertThat(mapper.auditEntry(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
    }

    @Property(tries = 200)
    void schedulingResourceAndItsSchedule(@ForAll("resources") Resource r) {
        assertThat(mapper.schedulingResource(mapper.toFhir(r)).orElseThrow()).isEqualTo(r);
        assertThat(mapper.scheduleOwner(mapper.schedule(r)).orElseThrow()).isEqualTo(r.id());
    }

    @Property(tries = 200)
    void slot(@ForAll("slots") Slot s) {
        assertThat(mapper.slot(mapper.toFhir(s)).orElseThrow()).isEqualTo(s);
    }

    @Property(tries = 200)
    void appointment(@ForAll("appointments") Appointment a) {
        var fhir = mapper.toFhir(a);
        assertThat(fhir.getStatus().toCode()).isEqualTo(a.status().fhirCode());
        assertThat(mapper.appointment(fhir).orElseThrow()).isEqualTo(a);
    }

    @Property(tries = 200)
    void stockLocation(@ForAll("locations") org.medcoord.inventory.Location l) {
        assertThat(mapper.stockLocation(mapper.toFhir(l)).orElseThrow()).isEqualTo(l);
    }

    @Property(tries = 200)
    void asset(@ForAll("assets") Asset a) {
        assertThat(mapper.asset(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
    }

    @Property(tries = 200)
    void purchaseOrder(@ForAll("purchaseOrders") PurchaseOrder o) {
        assertThat(mapper.purchaseOrder(mapper.toFhir(o)).orElseThrow()).isEqualTo(o);
    }

    @Property(tries = 200)
    void receipt(@ForAll("receipts") Receipt r) {
        assertThat(mapper.receipt(mapper.toFhir(r)).orElseThrow()).isEqualTo(r);
    }

    @Property(tries = 200)
    void coverage(@ForAll("coverages") org.medcoord.billing.Coverage c) {
        assertThat(mapper.coverage(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
    }

    @Property(tries = 200)
    void claim(@ForAll("claims") org.medcoord.billing.Claim c) {
        assertThat(mapper.claim(mapper.toFhir(c)).orElseThrow()).isEqualTo(c);
    }

    @Property(tries = 200)
    void claimResponseAndExplanationOfBenefit(@ForAll("adjudications") Adjudication a) {
        assertThat(mapper.claimPayment(mapper.toFhir(a.payment(), a.claim(), a.posted())).orElseThrow()).isEqualTo(a.payment());
        assertThat(mapper.adjudication(mapper.toFhir(a)).orElseThrow()).isEqualTo(a);
    }
}
