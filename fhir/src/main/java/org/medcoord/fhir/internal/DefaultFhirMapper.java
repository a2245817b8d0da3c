package org.medcoord.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.SupplyDelivery;
import org.hl7.fhir.r4.model.SupplyRequest;
import org.medcoord.core.PatientId;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.code.Coding;
import org.medcoord.fhir.FhirMapper;
import org.medcoord.fhir.Mapped;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.Receipt;
import org.medcoord.records.Bmi;
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
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.Slot;

/** Delegates to one mapping class per area; stateless. */
final class DefaultFhirMapper implements FhirMapper {

    private static <T> Mapped<T> map(Function<List<MappingIssue>, Optional<T>> mapping) {
        List<MappingIssue> issues = new ArrayList<>();
        Optional<T> value = mapping.apply(issues);
        return new Mapped<>(value, issues);
    }

    @Override
    public org.hl7.fhir.r4.model.Patient toFhir(Patient patient) {
        return PatientMapping.toFhir(patient);
    }

    @Override
    public Mapped<Patient> patient(org.hl7.fhir.r4.model.Patient resource) {
        return map(issues -> Optional.ofNullable(PatientMapping.fromFhir(resource, issues)));
    }

    @Override
    public DomainResource toFhir(HistoryEntry entry) {
        return HistoryMapping.toFhir(entry);
    }

    @Override
    public Mapped<HistoryEntry> historyEntry(DomainResource resource) {
        return map(issues -> HistoryMapping.fromFhir(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Provenance provenance(HistoryEntry entry) {
        return HistoryMapping.provenance(entry, HistoryMapping.targetType(entry.kind()));
    }

    @Override
    public Mapped<org.medcoord.records.Provenance> provenance(org.hl7.fhir.r4.model.Provenance resource) {
        return map(issues -> HistoryMapping.provenance(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.DocumentReference toFhir(ClinicalNote note) {
        return NoteMapping.toFhir(note);
    }

    @Override
    public Mapped<ClinicalNote> note(org.hl7.fhir.r4.model.DocumentReference resource) {
        return map(issues -> NoteMapping.fromFhir(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Task toFhir(org.medcoord.records.Amendment amendment) {
        return AmendmentMapping.toFhir(amendment);
    }

    @Override
    public Mapped<org.medcoord.records.Amendment> amendment(org.hl7.fhir.r4.model.Task resource) {
        return map(issues -> AmendmentMapping.fromFhir(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Encounter toFhir(Encounter encounter) {
        return EncounterMapping.toFhir(encounter);
    }

    @Override
    public Mapped<Encounter> encounter(org.hl7.fhir.r4.model.Encounter resource) {
        return map(issues -> EncounterMapping.fromFhir(resource, issues));
    }

    @Override
    public List<Observation> toFhir(List<Vital> vitals) {
        return VitalMapping.toFhir(vitals);
    }

    @Override
    public Mapped<List<Vital>> vitals(Observation resource) {
        return map(issues -> {
            List<Vital> vitals = VitalMapping.fromFhir(resource, issues);
            return vitals.isEmpty() ? Optional.empty() : Optional.of(vitals);
        });
    }

    @Override
    public Observation toFhir(PatientId patient, Bmi bmi) {
        return VitalMapping.bmi(patient, bmi);
    }

    @Override
    public Mapped<Bmi> bmi(Observation resource) {
        return map(issues -> VitalMapping.bmiFromFhir(resource, issues));
    }

    @Override
    public MedicationRequest toFhir(MedicationOrder order) {
        return MedicationMapping.toFhir(order);
    }

    @Override
    public Mapped<MedicationOrder> medicationOrder(MedicationRequest resource) {
        return map(issues -> MedicationMapping.fromFhir(resource, issues));
    }

    @Override
    public MedicationAdministration toFhir(ScheduledDose dose, Coding drug) {
        return MedicationMapping.toFhir(dose, drug);
    }

    @Override
    public Mapped<ScheduledDose> dose(MedicationAdministration resource) {
        return map(issues -> MedicationMapping.fromFhir(resource, issues));
    }

    @Override
    public Consent toFhir(ConsentDirective consent) {
        return ConsentMapping.toFhir(consent);
    }

    @Override
    public Mapped<ConsentDirective> consent(Consent resource) {
        return map(issues -> ConsentMapping.fromFhir(resource, issues));
    }

    @Override
    public AuditEvent toFhir(AuditEntry entry) {
        return AuditMapping.toFhir(entry);
    }

    @Override
    public Mapped<AuditEntry> auditEntry(AuditEvent resource) {
        return map(issues -> AuditMapping.fromFhir(resource, issues));
    }

    @Override
    public DomainResource toFhir(Resource resource) {
        return SchedulingMapping.toFhir(resource);
    }

    @Override
    public Mapped<Resource> schedulingResource(DomainResource resource) {
        return map(issues -> SchedulingMapping.fromFhir(resource, issues));
    }

    @Override
    public Schedule schedule(Resource resource) {
        return SchedulingMapping.schedule(resource);
    }

    @Override
    public Mapped<ResourceId> scheduleOwner(Schedule schedule) {
        return map(issues -> SchedulingMapping.scheduleOwner(schedule, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Slot toFhir(Slot slot) {
        return SchedulingMapping.slot(slot);
    }

    @Override
    public Mapped<Slot> slot(org.hl7.fhir.r4.model.Slot resource) {
        return map(issues -> SchedulingMapping.slot(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Appointment toFhir(Appointment appointment) {
        return SchedulingMapping.appointment(appointment);
    }

    @Override
    public Mapped<Appointment> appointment(org.hl7.fhir.r4.model.Appointment resource) {
        return map(issues -> SchedulingMapping.appointment(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Location toFhir(org.medcoord.inventory.Location location) {
        return InventoryMapping.location(location);
    }

    @Override
    public Mapped<org.medcoord.inventory.Location> stockLocation(org.hl7.fhir.r4.model.Location resource) {
        return map(issues -> InventoryMapping.location(resource, issues));
    }

    @Override
    public Device toFhir(Asset asset) {
        return InventoryMapping.device(asset);
    }

    @Override
    public Mapped<Asset> asset(Device resource) {
        return map(issues -> InventoryMapping.device(resource, issues));
    }

    @Override
    public List<SupplyRequest> toFhir(PurchaseOrder order) {
        return InventoryMapping.supplyRequests(order);
    }

    @Override
    public Mapped<PurchaseOrder> purchaseOrder(List<SupplyRequest> resources) {
        return map(issues -> InventoryMapping.purchaseOrder(resources, issues));
    }

    @Override
    public SupplyDelivery toFhir(Receipt receipt) {
        return InventoryMapping.supplyDelivery(receipt);
    }

    @Override
    public Mapped<Receipt> receipt(SupplyDelivery resource) {
        return map(issues -> InventoryMapping.receipt(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Coverage toFhir(org.medcoord.billing.Coverage coverage) {
        return BillingMapping.coverage(coverage);
    }

    @Override
    public Mapped<org.medcoord.billing.Coverage> coverage(org.hl7.fhir.r4.model.Coverage resource) {
        return map(issues -> BillingMapping.coverage(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.Claim toFhir(org.medcoord.billing.Claim claim) {
        return BillingMapping.claim(claim);
    }

    @Override
    public Mapped<org.medcoord.billing.Claim> claim(org.hl7.fhir.r4.model.Claim resource) {
        return map(issues -> BillingMapping.claim(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.ClaimResponse toFhir(org.medcoord.billing.PostedClaimPayment payment, org.medcoord.billing.Claim claim,
                                                      java.time.Instant posted) {
        return BillingMapping.claimResponse(payment, claim, posted);
    }

    @Override
    public Mapped<org.medcoord.billing.PostedClaimPayment> claimPayment(org.hl7.fhir.r4.model.ClaimResponse resource) {
        return map(issues -> BillingMapping.payment(resource, issues));
    }

    @Override
    public org.hl7.fhir.r4.model.ExplanationOfBenefit toFhir(org.medcoord.fhir.Adjudication adjudication) {
        return BillingMapping.explanationOfBenefit(adjudication);
    }

    @Override
    public Mapped<org.medcoord.fhir.Adjudication> adjudication(org.hl7.fhir.r4.model.ExplanationOfBenefit resource) {
        return map(issues -> BillingMapping.adjudication(resource, issues));
    }
}
