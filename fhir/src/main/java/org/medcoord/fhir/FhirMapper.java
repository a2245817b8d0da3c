package org.medcoord.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.DomainResource;
import org.medcoord.core.PatientId;
import org.medcoord.core.audit.AuditEntry;
import org.medcoord.core.code.Coding;
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

/**
 * Maps MedCoord's model to HAPI FHIR's R4 model and back. Pure functions: no access checks, no audit, no
 * storage (the export and import services do those). Every {@code toFhir} result validates against the
 * base R4 profiles (vital signs also against the vital signs profiles); every {@code from} method maps what
 * the matching {@code toFhir} method wrote back to an equal value, and reports what it could not map as
 * {@link MappingIssue}s instead of dropping it silently. Thread-safe; obtain it with
 * {@code medcoord.service(FhirMapper.class)}.
 *
 * <p>Identifiers and codes: MRNs under {@link FhirSystems#mrnSystem(String)}, codes by their canonical URIs
 * (ICD-10-CM, CPT, HCPCS, NDC, LOINC, SNOMED CT, UCUM, RxNorm, CVX as {@link FhirSystems} spells them), and
 * MedCoord's own metadata (who recorded an entry, the time zone of an order, ...) in extensions under
 * {@link FhirSystems#EXTENSION_PREFIX}.
 *
 * @since 0.1.0
 */
public interface FhirMapper {

    /** @return the patient with identifiers (MRN, merged MRNs, external), name, telecom, address, language, contacts */
    org.hl7.fhir.r4.model.Patient toFhir(Patient patient);

    /** @return the patient a FHIR Patient written by {@link #toFhir(Patient)} describes */
    Mapped<Patient> patient(org.hl7.fhir.r4.model.Patient resource);

    /**
     * @return AllergyIntolerance, Condition, MedicationStatement, Procedure, FamilyMemberHistory, Observation
     *         (social history) or Immunization, by the entry's kind
     */
    DomainResource toFhir(HistoryEntry entry);

    /** @return the history entry a resource written by {@link #toFhir(HistoryEntry)} describes */
    Mapped<HistoryEntry> historyEntry(DomainResource resource);

    /** @return the FHIR Provenance of an entry: who recorded it, when, and on whose word (clinician, patient, import) */
    org.hl7.fhir.r4.model.Provenance provenance(HistoryEntry entry);

    /** @return who recorded an entry, when and from what source, as a Provenance written by {@link #provenance(HistoryEntry)} says */
    Mapped<org.medcoord.records.Provenance> provenance(org.hl7.fhir.r4.model.Provenance resource);

    /** @return a note or addendum as a DocumentReference (LOINC 11506-3, the text as a plain text attachment) */
    org.hl7.fhir.r4.model.DocumentReference toFhir(ClinicalNote note);

    /** @return the note a DocumentReference written by {@link #toFhir(ClinicalNote)} describes */
    Mapped<ClinicalNote> note(org.hl7.fhir.r4.model.DocumentReference resource);

    /**
     * An amendment request (HIPAA right to amend) as a Task: FHIR R4 has no Amendment resource, and a request that
     * the clinic change a record, which it accepts or denies, is what a Task with code {@code change} (CodeSystem
     * {@code task-code}) describes. Status {@code requested}, {@code completed} once accepted (the correction is made
     * then) or {@code rejected} once denied; {@code focus} the amended note (DocumentReference) or history entry (by
     * identifier, system {@code https://medcoord.org/fhir/sid/history-entry}); {@code description} the requested
     * change; {@code requester}/{@code authoredOn} and {@code owner}/{@code lastModified} who filed and decided it,
     * and when; {@code statusReason} the denial reason; a {@code note} authored by the patient their statement of
     * disagreement; {@code output} of type {@code correction} the correcting entry or addendum.
     *
     * @return the amendment request and its decision as a Task
     */
    org.hl7.fhir.r4.model.Task toFhir(org.medcoord.records.Amendment amendment);

    /** @return the amendment request a Task written by {@link #toFhir(org.medcoord.records.Amendment)} describes */
    Mapped<org.medcoord.records.Amendment> amendment(org.hl7.fhir.r4.model.Task resource);

    /** @return the encounter */
    org.hl7.fhir.r4.model.Encounter toFhir(Encounter encounter);

    /** @return the encounter a FHIR Encounter written by {@link #toFhir(Encounter)} describes */
    Mapped<Encounter> encounter(org.hl7.fhir.r4.model.Encounter resource);

    /**
     * @param vitals one patient's vital signs
     * @return vital signs profile Observations; a systolic and a diastolic pressure taken together (same time,
     *         encounter and recorder) become one blood pressure panel (85354-9)
     */
    List<org.hl7.fhir.r4.model.Observation> toFhir(List<Vital> vitals);

    /** @return the vitals an Observation written by {@link #toFhir(List)} holds (two for a blood pressure panel) */
    Mapped<List<Vital>> vitals(org.hl7.fhir.r4.model.Observation resource);

    /** @return the derived BMI (39156-5) as a vital signs Observation */
    org.hl7.fhir.r4.model.Observation toFhir(PatientId patient, Bmi bmi);

    /** @return the BMI an Observation written by {@link #toFhir(PatientId, Bmi)} holds */
    Mapped<Bmi> bmi(org.hl7.fhir.r4.model.Observation resource);

    /** @return the order as a MedicationRequest (route in SNOMED CT, dose in UCUM, timing with bounds) */
    org.hl7.fhir.r4.model.MedicationRequest toFhir(MedicationOrder order);

    /** @return the order a MedicationRequest written by {@link #toFhir(MedicationOrder)} describes */
    Mapped<MedicationOrder> medicationOrder(org.hl7.fhir.r4.model.MedicationRequest resource);

    /**
     * @param dose a dose with its outcome recorded
     * @param drug the drug of the dose's order
     * @return the dose as a MedicationAdministration
     */
    org.hl7.fhir.r4.model.MedicationAdministration toFhir(ScheduledDose dose, Coding drug);

    /** @return the dose a MedicationAdministration written by {@link #toFhir(ScheduledDose, Coding)} describes */
    Mapped<ScheduledDose> dose(org.hl7.fhir.r4.model.MedicationAdministration resource);

    /** @return the disclosure permission as a privacy Consent */
    org.hl7.fhir.r4.model.Consent toFhir(ConsentDirective consent);

    /** @return the directive a Consent written by {@link #toFhir(ConsentDirective)} describes */
    Mapped<ConsentDirective> consent(org.hl7.fhir.r4.model.Consent resource);

    /** @return the audit trail entry in the FHIR AuditEvent shape, with its place in the hash chain */
    org.hl7.fhir.r4.model.AuditEvent toFhir(AuditEntry entry);

    /** @return the entry an AuditEvent written by {@link #toFhir(AuditEntry)} describes */
    Mapped<AuditEntry> auditEntry(org.hl7.fhir.r4.model.AuditEvent resource);

    /** @return a practitioner as Practitioner, a room or bed as Location, equipment as Device */
    DomainResource toFhir(Resource resource);

    /** @return the scheduling resource a resource written by {@link #toFhir(Resource)} describes */
    Mapped<Resource> schedulingResource(DomainResource resource);

    /** @return the resource's Schedule (its id is the resource's) */
    org.hl7.fhir.r4.model.Schedule schedule(Resource resource);

    /** @return the scheduling resource whose Schedule this is */
    Mapped<ResourceId> scheduleOwner(org.hl7.fhir.r4.model.Schedule schedule);

    /** @return a free slot; its schedule is the first role's resource, every role's resource is in an extension */
    org.hl7.fhir.r4.model.Slot toFhir(Slot slot);

    /** @return the slot a FHIR Slot written by {@link #toFhir(Slot)} describes */
    Mapped<Slot> slot(org.hl7.fhir.r4.model.Slot resource);

    /** @return the appointment; its status is FHIR's, one to one */
    org.hl7.fhir.r4.model.Appointment toFhir(Appointment appointment);

    /** @return the appointment a FHIR Appointment written by {@link #toFhir(Appointment)} describes */
    Mapped<Appointment> appointment(org.hl7.fhir.r4.model.Appointment resource);

    /** @return a stock location */
    org.hl7.fhir.r4.model.Location toFhir(org.medcoord.inventory.Location location);

    /** @return the stock location a FHIR Location written by {@link #toFhir(org.medcoord.inventory.Location)} describes */
    Mapped<org.medcoord.inventory.Location> stockLocation(org.hl7.fhir.r4.model.Location resource);

    /** @return an equipment asset as a Device, maintenance plans included */
    org.hl7.fhir.r4.model.Device toFhir(Asset asset);

    /** @return the asset a Device written by {@link #toFhir(Asset)} describes */
    Mapped<Asset> asset(org.hl7.fhir.r4.model.Device resource);

    /** @return one SupplyRequest per order line, all carrying the order's identifier */
    List<org.hl7.fhir.r4.model.SupplyRequest> toFhir(PurchaseOrder order);

    /** @return the purchase order the SupplyRequests written by {@link #toFhir(PurchaseOrder)} describe */
    Mapped<PurchaseOrder> purchaseOrder(List<org.hl7.fhir.r4.model.SupplyRequest> resources);

    /** @return the coverage (payer by MedCoord payer id, member id, group and plan classes, order, period, subscriber) */
    org.hl7.fhir.r4.model.Coverage toFhir(org.medcoord.billing.Coverage coverage);

    /** @return the coverage a FHIR Coverage written by {@link #toFhir(org.medcoord.billing.Coverage)} describes */
    Mapped<org.medcoord.billing.Coverage> coverage(org.hl7.fhir.r4.model.Coverage resource);

    /**
     * @return the claim as a professional Claim: ICD-10-CM diagnoses, lines with CPT or HCPCS codes, modifiers, units,
     *         amounts, diagnosis pointers, service dates and CMS place of service; status history in extensions
     */
    org.hl7.fhir.r4.model.Claim toFhir(org.medcoord.billing.Claim claim);

    /** @return the claim a FHIR Claim written by {@link #toFhir(org.medcoord.billing.Claim)} describes */
    Mapped<org.medcoord.billing.Claim> claim(org.hl7.fhir.r4.model.Claim resource);

    /**
     * @param payment the payment a remittance posted against {@code claim}
     * @param posted  when the remittance was posted
     * @return the payment as a ClaimResponse (outcome, paid, patient responsibility and written-off totals, reasons)
     */
    org.hl7.fhir.r4.model.ClaimResponse toFhir(org.medcoord.billing.PostedClaimPayment payment, org.medcoord.billing.Claim claim,
                                               java.time.Instant posted);

    /** @return the payment a ClaimResponse written by {@link #toFhir(org.medcoord.billing.PostedClaimPayment, org.medcoord.billing.Claim, java.time.Instant)} describes */
    Mapped<org.medcoord.billing.PostedClaimPayment> claimPayment(org.hl7.fhir.r4.model.ClaimResponse resource);

    /** @return a claim with its posted payment as an ExplanationOfBenefit (the Claim and ClaimResponse contained) */
    org.hl7.fhir.r4.model.ExplanationOfBenefit toFhir(Adjudication adjudication);

    /** @return the claim and payment an ExplanationOfBenefit written by {@link #toFhir(Adjudication)} describes */
    Mapped<Adjudication> adjudication(org.hl7.fhir.r4.model.ExplanationOfBenefit resource);

    /** @return a goods receipt as a SupplyDelivery */
    org.hl7.fhir.r4.model.SupplyDelivery toFhir(Receipt receipt);

    /** @return the receipt a SupplyDelivery written by {@link #toFhir(Receipt)} describes */
    Mapped<Receipt> receipt(org.hl7.fhir.r4.model.SupplyDelivery resource);
}
