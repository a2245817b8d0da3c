package org.medcoord.coordination;

import org.medcoord.core.access.DataCategory;

/**
 * What a worklist task is about. Each type names the data category that reading or changing such a task
 * is checked against (a task that links a patient reveals that patient's care).
 *
 * @since 0.1.0
 */
public enum TaskType {
    /** Move an appointment whose equipment or resource became unavailable. */
    RESCHEDULE(DataCategory.SCHEDULING),
    /** Order an item whose stock fell below its reorder point. */
    PURCHASE_SUGGESTION(DataCategory.INVENTORY),
    /** Act on a missed medication dose. */
    MISSED_DOSE(DataCategory.MEDICATION),
    /** Book a follow-up that is past its due time. */
    FOLLOW_UP_OVERDUE(DataCategory.SCHEDULING),
    /** Handle a complaint that is past its service-level due time. */
    COMPLAINT_ESCALATION(DataCategory.SCHEDULING),
    /** Chase an outgoing referral that is overdue. */
    REFERRAL_OVERDUE(DataCategory.SCHEDULING),
    /** Work a denied claim or a remittance line that matched no claim (billing staff). */
    BILLING_WORK_ITEM(DataCategory.BILLING),
    /** Finish by hand what a workflow could not do on its own (the task says which event and why). */
    WORKFLOW_FAILURE(DataCategory.SCHEDULING),
    /** Anything else a person puts on the worklist. */
    GENERAL(DataCategory.SCHEDULING);

    private final DataCategory category;

    TaskType(DataCategory category) {
        this.category = category;
    }

    /** @return the data category access to such a task is checked against */
    public DataCategory category() {
        return category;
    }
}
