package org.medcoord.billing;

/**
 * Where a coverage stands in coordination of benefits: claims go to the primary payer first, then to the
 * secondary for what remains, then to the tertiary.
 *
 * @since 0.1.0
 */
public enum CoverageOrder {
    /** Billed first. */
    PRIMARY("P"),
    /** Billed after the primary payer adjudicated. */
    SECONDARY("S"),
    /** Billed after the secondary payer adjudicated. */
    TERTIARY("T");

    private final String x12Code;

    CoverageOrder(String x12Code) {
        this.x12Code = x12Code;
    }

    /** @return the X12 payer responsibility sequence code (SBR01) */
    public String x12Code() {
        return x12Code;
    }
}
