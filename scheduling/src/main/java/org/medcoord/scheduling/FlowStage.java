package org.medcoord.scheduling;

/**
 * Where a patient is in the clinic on the day of an appointment. Stages only move forward; rooming
 * may be skipped (a clinician who sees patients in the waiting area).
 *
 * @since 0.1.0
 */
public enum FlowStage {
    /** At the front desk, waiting. */
    CHECKED_IN,
    /** In an examination room, waiting for the clinician. */
    ROOMED,
    /** Being seen. */
    WITH_CLINICIAN,
    /** Gone home. */
    CHECKED_OUT
}
