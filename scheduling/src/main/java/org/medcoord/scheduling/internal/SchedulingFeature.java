package org.medcoord.scheduling.internal;

import com.google.inject.Module;
import org.medcoord.core.MedCoordFeature;
import org.medcoord.scheduling.SchedulingModule;

/** Makes {@code MedCoord.builder()} install scheduling. Public with a no-arg constructor for {@link java.util.ServiceLoader}. */
public final class SchedulingFeature implements MedCoordFeature {

    @Override
    public String id() {
        return "scheduling";
    }

    @Override
    public Module module() {
        return new SchedulingModule();
    }
}
