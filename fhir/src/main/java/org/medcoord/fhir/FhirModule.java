package org.medcoord.fhir;

import com.google.inject.AbstractModule;
import org.medcoord.fhir.internal.FhirBindings;

/**
 * The FHIR feature's Guice module: binds {@link FhirMapper}, {@link PatientExports}, {@link BundleImports}
 * and {@link BulkExports}. {@link org.medcoord.core.MedCoord#builder()} installs it when this artifact is on
 * the classpath (with records, scheduling and inventory, which it uses through their public API).
 *
 * @since 0.1.0
 */
public final class FhirModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new FhirBindings());
    }
}
