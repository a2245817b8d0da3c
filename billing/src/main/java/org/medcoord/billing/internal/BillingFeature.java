package org.medcoord.billing.internal;

import com.google.inject.Module;
import org.medcoord.billing.BillingModule;
import org.medcoord.core.MedCoordFeature;

/**
 * Registers the billing module with {@code MedCoord.builder()} through {@link java.util.ServiceLoader}.
 * Public with a public no-arg constructor because ServiceLoader requires it.
 */
public final class BillingFeature implements MedCoordFeature {

    /** The feature id. */
    public static final String ID = "billing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Module module() {
        return new BillingModule();
    }
}
