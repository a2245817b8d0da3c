package org.medcoord.billing.x12;

/**
 * Loop 2010AA: the billing provider (an organisation in this SDK). Not PHI.
 *
 * @param name    NM103, organisation name
 * @param npi     NM109 (qualifier XX), 10 digits passing the NPI Luhn check
 * @param taxId   REF*EI, the 9-digit employer identification number
 * @param address N3/N4; a street address, not a post office box
 * @since 0.1.0
 */
public record BillingProvider(String name, String npi, String taxId, X12Address address) {
}
