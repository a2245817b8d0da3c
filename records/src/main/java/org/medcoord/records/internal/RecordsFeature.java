package org.medcoord.records.internal;

import com.google.inject.Module;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.records.RecordsModule;

/** Announces the records feature to the bootstrap; public with a no-arg constructor for ServiceLoader. */
public final class RecordsFeature implements MedCoordFeature {

    @Override
    public String id() {
        return "records";
    }

    @Override
    public Module module() {
        return new RecordsModule();
    }
}
