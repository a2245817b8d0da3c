package org.medcoord.inventory.internal;

import com.google.inject.Module;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.inventory.InventoryModule;

/**
 * Registers the inventory module with {@code MedCoord.builder()} through {@link java.util.ServiceLoader}.
 * Public with a public no-arg constructor because ServiceLoader requires it.
 */
public final class InventoryFeature implements MedCoordFeature {

    /** The feature id. */
    public static final String ID = "inventory";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Module module() {
        return new InventoryModule();
    }
}
