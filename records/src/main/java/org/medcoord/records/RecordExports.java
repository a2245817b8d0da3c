package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * The HIPAA right of access: one patient's whole record, audited as an EXPORT of every data category it
 * holds (the default policy allows it to clinicians acting on the patient's request, purpose
 * {@link org.medcoord.core.access.PurposeOfUse#PATIENT_REQUEST}). It is the patient's own copy, so it
 * includes sensitive entries whatever the exporting user's permissions; a consent restriction still applies
 * to who may run it. Thread-safe.
 *
 * @since 0.1.0
 */
public interface RecordExports {

    /** @return the whole record as values */
    PatientRecord collect(AccessContext context, PatientId patient);

    /** @return the whole record as UTF-8 JSON (ISO-8601 times, sorted properties) */
    byte[] exportJson(AccessContext context, PatientId patient);
}
