package org.medcoord.core;

import com.google.inject.Module;

/**
 * A MedCoord domain module (scheduling, records, billing, inventory, coordination) as seen by the
 * bootstrap: found on the classpath by {@link java.util.ServiceLoader} and installed into the Guice
 * injector. This is how MedCoord's own modules plug in; vendors extend MedCoord through the
 * {@code spi} packages instead.
 *
 * @since 0.1.0
 */
public interface MedCoordFeature {

    /** @return a stable id, for example {@code "scheduling"} */
    String id();

    /** @return the feature's Guice module; its {@code configure()} is fast and side-effect free */
    Module module();
}
