package org.medcoord.fhir;

import org.medcoord.core.access.AccessContext;

/**
 * Exports every patient of the caller's tenant as FHIR NDJSON, in the Bulk Data {@code $export} layout: one file
 * per resource type ({@code Patient.ndjson}, {@code Condition.ndjson}, ...), one resource per line, and a
 * {@code manifest.json} naming the files and their counts once the export completes. Thread-safe; one export
 * per directory at a time.
 *
 * <p><b>Streamed.</b> Patients are found page by page in the tenant's event outbox (their registrations) and
 * written one at a time, each read in one transaction, so memory stays flat as the patient count grows.
 *
 * <p><b>Resumable.</b> After every page the files are flushed and {@link BulkExportRequest#listener()} hears the
 * progress with a {@link BulkExportCursor}; an export started again with that cursor truncates the files to the
 * cursor's lengths (dropping anything written after it) and carries on from the next patient, so the result
 * equals an uninterrupted export.
 *
 * <p><b>Access and audit.</b> The caller reads the event outbox, and each patient's record through
 * {@link org.medcoord.records.RecordExports#collect}, which authorizes and audits an EXPORT of each record
 * category (demographics, clinical, medication, notes, consents) for that patient: every exported patient has
 * EXPORT entries in the audit trail. The default policy grants this to the {@code system} role for
 * {@link org.medcoord.core.access.PurposeOfUse#OPERATIONS} (EXPORT only: a system process still may not read
 * notes or consents otherwise). Patients the caller may not see (a consent restriction) are skipped and counted;
 * nothing of theirs is written or audited as exported. Resources written are those of {@link PatientExports}:
 * Patient, Encounter, the history resources with their Provenance, vital signs Observations (and BMI),
 * MedicationRequest, MedicationAdministration, DocumentReference (notes), Consent and Task (amendment requests).
 *
 * @since 0.1.0
 */
public interface BulkExports {

    /**
     * @return what was written
     * @throws org.medcoord.core.ValidationException {@code MC-FHIR-041} for a bad page size or a cursor that does not
     *         fit the files in the directory
     * @throws org.medcoord.core.MedCoordException {@code MC-FHIR-040} when the files cannot be written
     */
    BulkExportResult export(AccessContext context, BulkExportRequest request);
}
