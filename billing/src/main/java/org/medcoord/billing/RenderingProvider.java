package org.medcoord.billing;

import java.util.Objects;

/**
 * A clinician who renders services (837P loop 2310B), by NPI. Not PHI.
 *
 * @param npi       the clinician's individual NPI
 * @param firstName the given name
 * @param lastName  the family name
 * @since 0.1.0
 */
public record RenderingProvider(String npi, String firstName, String lastName) {
    /** Checks the components are present. */
    public RenderingProvider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }
}
