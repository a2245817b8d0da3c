package org.medcoord.billing.x12;

/**
 * Loop 2010BB (837) or the information source of a 270/271: the payer by name and X12 payer id.
 *
 * @param name                 NM103
 * @param payerId              NM109 (qualifier PI, or XV for a CMS plan id)
 * @param claimFilingIndicator SBR09 of the claims billed to this payer: {@code CI} commercial,
 *                             {@code MB} Medicare Part B, {@code MC} Medicaid, {@code BL} Blue Cross Blue
 *                             Shield, {@code HM} HMO, ...; {@code null} when not known (read files)
 * @since 0.1.0
 */
public record ClaimPayer(String name, String payerId, String claimFilingIndicator) {

    /** SBR09 for commercial insurance, the default of {@link #ClaimPayer(String, String)}. */
    public static final String COMMERCIAL = "CI";

    /**
     * A commercial payer ({@code CI}).
     *
     * @param name    NM103
     * @param payerId NM109
     */
    public ClaimPayer(String name, String payerId) {
        this(name, payerId, COMMERCIAL);
    }
}
