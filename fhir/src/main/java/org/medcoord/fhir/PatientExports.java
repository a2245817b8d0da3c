package org.medcoord.fhir;

import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * The HIPAA right of access in FHIR: one patient's whole record as a FHIR R4 {@code collection} Bundle. It reads
 * through {@link org.medcoord.records.RecordExports#collect}, so the records module's access checks apply and
 * the read is audited as an EXPORT of every category; the handing over of the copy is audited in the same
 * transaction as a DISCLOSE of the patient's demographics and chart (source {@code fhir.patient-export}). The
 * default access policy allows both to clinicians acting on the patient's request
 * ({@link org.medcoord.core.access.PurposeOfUse#PATIENT_REQUEST}). Thread-safe.
 *
 * <p>The bundle holds the Patient, Encounters, history entries (AllergyIntolerance, Condition,
 * MedicationStatement, Procedure, FamilyMemberHistory, social history Observations, Immunization) each with
 * its Provenance, vital signs Observations (blood pressure as panels) and the derived BMI, notes as
 * DocumentReferences, MedicationRequests, recorded doses as MedicationAdministrations, Consents, and amendment
 * requests with their decisions as Tasks (code {@code change}; see {@link FhirMapper#toFhir(org.medcoord.records.Amendment)}).
 *
 * @since 0.1.0
 */
public interface PatientExports {

    /**
     * @return the bundle and what it could not carry
     * @throws org.medcoord.core.AccessDeniedException when the policy denies the export or the disclosure
     * @throws org.medcoord.core.NotFoundException when the tenant has no such patient (or the caller may not see it)
     */
    PatientBundle export(AccessContext context, PatientId patient);

    /** @return {@link #export}'s bundle as UTF-8 FHIR JSON */
    byte[] exportJson(AccessContext context, PatientId patient);
}
