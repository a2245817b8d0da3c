package org.medcoord.records;

/**
 * Where a patient record stands. Records are never deleted: a deactivated record stays readable and
 * keeps its MRN (MRNs are never reused); a merged record points to its survivor.
 *
 * @since 0.1.0
 */
public enum PatientStatus {
    ACTIVE, INACTIVE, MERGED
}
