package org.medcoord.billing.x12;

/**
 * Loop 2010BB (837) or the information source of a 270/271: the payer by name and X12 payer id.
 *
 * @param name    NM103
 * @param payerId NM109 (qualifier PI, or XV for a CMS plan id)
 * @since 0.1.0
 */
public record ClaimPayer(String name, String payerId) {
}
