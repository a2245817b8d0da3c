package org.medcoord.billing;

import java.util.Objects;

/**
 * A billing provider (837P loop 2010AA): the practice or clinic that bills, by NPI. Not PHI.
 *
 * @param npi     its organisation NPI
 * @param name    its legal name
 * @param taxId   its 9-digit employer identification number
 * @param address its street address (not a post office box)
 * @since 0.1.0
 */
public record BillingProvider(String npi, String name, String taxId, PostalAddress address) {
    /** Checks the components are present. */
    public BillingProvider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taxId, "taxId");
        Objects.requireNonNull(address, "address");
    }

    /** Prints the NPI and name: a billing provider is an organisation, not PHI. */
    @Override
    public String toString() {
        return "BillingProvider[" + npi + " " + name + "]";
    }
}
