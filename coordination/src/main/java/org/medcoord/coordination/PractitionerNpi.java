package org.medcoord.coordination;

import java.util.Objects;
import org.medcoord.scheduling.ResourceId;

/**
 * The NPI a practitioner resource renders services under.
 *
 * @param practitioner the scheduling resource (kind PRACTITIONER)
 * @param npi          the practitioner's individual NPI
 * @since 0.1.0
 */
public record PractitionerNpi(ResourceId practitioner, String npi) {
    public PractitionerNpi {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(npi, "npi");
    }
}
