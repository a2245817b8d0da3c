package org.medcoord.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A patient's record as a FHIR {@code collection} Bundle, with what it could not carry.
 *
 * @param bundle the bundle (HAPI's mutable model: the caller owns it)
 * @param issues record content left out of the bundle, by kind and count (never values)
 * @since 0.1.0
 */
public record PatientBundle(Bundle bundle, List<MappingIssue> issues) {
    public PatientBundle {
        Objects.requireNonNull(bundle, "bundle");
        issues = List.copyOf(issues);
    }

    /** The bundle is PHI: prints the entry count only. */
    @Override
    public String toString() {
        return "PatientBundle[" + bundle.getEntry().size() + " entries, " + issues.size() + " issues]";
    }
}
