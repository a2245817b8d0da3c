package org.medcoord.billing;

/**
 * Where a charge stands.
 *
 * @since 0.1.0
 */
public enum ChargeStatus {
    /** Captured, not yet on a claim. */
    OPEN,
    /** On a claim. */
    BILLED,
    /** Voided before billing; its ledger line is reversed. */
    VOID
}
