package org.medcoord.inventory;

/**
 * Where a cycle count is: {@code OPEN -> POSTED}, or {@code OPEN -> AWAITING_APPROVAL -> POSTED} when a
 * variance is above the sheet's threshold.
 *
 * @since 0.1.0
 */
public enum CountSheetStatus {
    /** Being counted. */
    OPEN,
    /** Counted; a variance above the threshold waits for a second person's approval. */
    AWAITING_APPROVAL,
    /** Variances were posted to the ledger as adjustments. */
    POSTED
}
