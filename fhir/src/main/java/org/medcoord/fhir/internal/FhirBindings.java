package org.medcoord.fhir.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import ca.uhn.fhir.context.FhirContext;
import org.medcoord.core.data.DataStore;
import java.time.Clock;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.event.EventLog;
import org.medcoord.fhir.BulkExports;
import org.medcoord.fhir.BundleImports;
import org.medcoord.fhir.FhirMapper;
import org.medcoord.records.MedicalHistory;
import org.medcoord.records.PatientRegistry;
import org.medcoord.fhir.PatientExports;
import org.medcoord.records.RecordExports;
import org.medcoord.records.Vitals;

/**
 * The implementation's bindings, installed by {@link org.medcoord.fhir.FhirModule}. Public only because that
 * module lives in the API package; the classes it binds stay package-private.
 */
public final class FhirBindings extends AbstractModule {

    @Provides
    @Singleton
    FhirMapper mapper() {
        return new DefaultFhirMapper();
    }

    @Provides
    @Singleton
    FhirContext fhirContext() {
        // Building the R4 context scans the model once (about a second); HAPI caches one per JVM.
        return FhirContext.forR4Cached();
    }

    @Provides
    @Singleton
    PatientExports patientExports(DataStore data, RecordExports exports, Vitals vitals, FhirContext fhir) {
        return new DefaultPatientExports(data, exports, vitals, fhir);
    }

    @Provides
    @Singleton
    BundleImports bundleImports(DataStore data, PatientRegistry registry, MedicalHistory history, Vitals vitals, CodeValidator codes,
                                FhirContext fhir, Clock clock) {
        return new DefaultBundleImports(data, registry, history, vitals, codes, fhir, clock);
    }

    @Provides
    @Singleton
    BulkExports bulkExports(DataStore data, EventLog events, RecordExports exports, Vitals vitals, Clock clock) {
        return new DefaultBulkExports(data, events, exports, vitals, clock);
    }

    @Override
    public boolean equals(Object other) {
        // Guice de-duplicates equal modules, so installing the feature twice binds once.
        return other instanceof FhirBindings;
    }

    @Override
    public int hashCode() {
        return FhirBindings.class.hashCode();
    }
}
