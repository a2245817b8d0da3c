package org.medcoord.records;

/**
 * Where a history entry came from.
 *
 * @since 0.1.0
 */
public enum EntrySource {
    /** The patient (or a relative) said so, for example on an intake form. */
    PATIENT_REPORTED,
    /** A clinician established it. */
    CLINICIAN,
    /** Imported from another system. */
    IMPORTED
}
