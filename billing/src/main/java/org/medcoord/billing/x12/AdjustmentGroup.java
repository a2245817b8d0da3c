package org.medcoord.billing.x12;

/**
 * CAS01: the claim adjustment group code, saying who bears an adjustment.
 *
 * @since 0.1.0
 */
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: moves to the patient ledger. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer-initiated reduction. */
    PI,
    /** Correction and reversal (X12 4010 only; read with a warning). */
    CR;

    /**
     * @param code a CAS01 value
     * @return the group, or {@code null} when unknown
     */
    public static AdjustmentGroup fromCode(String code) {
        for (AdjustmentGroup g : values()) {
            if (g.name().equals(code)) {
                return g;
            }
        }
        return null;
    }
}
