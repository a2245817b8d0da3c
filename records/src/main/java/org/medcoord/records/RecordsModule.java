package org.medcoord.records;

import com.google.inject.AbstractModule;
import org.medcoord.records.internal.RecordsBindings;

/**
 * The records feature's Guice module: binds {@link PatientRegistry} and the other records services.
 * {@link org.medcoord.core.MedCoord#builder()} installs it when this artifact is on the classpath; install
 * it yourself only when you assemble an injector without the bootstrap (discovery turned off).
 *
 * @since 0.1.0
 */
public final class RecordsModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new RecordsBindings());
    }
}
