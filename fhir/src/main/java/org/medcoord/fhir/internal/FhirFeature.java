package org.medcoord.fhir.internal;

import com.google.inject.Module;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.fhir.FhirModule;

/**
 * Registers the FHIR module with {@code MedCoord.builder()} through {@link java.util.ServiceLoader}. Public with
 * a public no-arg constructor because ServiceLoader requires it.
 */
public final class FhirFeature implements MedCoordFeature {

    /** The feature id. */
    public static final String ID = "fhir";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Module module() {
        return new FhirModule();
    }
}
