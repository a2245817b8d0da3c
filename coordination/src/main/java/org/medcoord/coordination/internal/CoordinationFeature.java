package org.medcoord.coordination.internal;

import com.google.inject.Module;
import org.medcoord.coordination.CoordinationModule;
import org.medcoord.core.MedCoordFeature;

/**
 * Registers the coordination module with {@code MedCoord.builder()} through {@link java.util.ServiceLoader}.
 * Public with a public no-arg constructor because ServiceLoader requires it.
 */
public final class CoordinationFeature implements MedCoordFeature {

    /** The feature id. */
    public static final String ID = "coordination";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Module module() {
        return new CoordinationModule();
    }
}
