package org.medcoord.coordination;

import com.google.inject.AbstractModule;
import org.medcoord.coordination.internal.CoordinationBindings;

/**
 * Binds the coordination services: {@link Workflows}, {@link Worklist}, {@link CaseService},
 * {@link ReferralService}, {@link Handoffs}, {@link ProcedureCatalog} and {@link DailyReports}.
 * {@code MedCoord.builder()} installs it on its own when {@code medcoord-coordination} is on the classpath.
 * Needs core's bindings and the scheduling, records, inventory and billing modules.
 *
 * @since 0.1.0
 */
public final class CoordinationModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new CoordinationBindings());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoordinationModule;
    }

    @Override
    public int hashCode() {
        return CoordinationModule.class.hashCode();
    }
}
