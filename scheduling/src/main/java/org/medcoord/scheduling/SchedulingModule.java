package org.medcoord.scheduling;

import com.google.inject.AbstractModule;
import org.medcoord.scheduling.internal.SchedulingBindings;

/**
 * The scheduling module's Guice bindings: {@link ResourceService}, {@link ServiceCatalog},
 * {@link AvailabilityService}, {@link SlotSearch}, {@link AppointmentService}, {@link WaitlistService},
 * {@link ReminderService}, {@link PatientFlowService}, {@link AdmissionService} and {@link FollowUpService}. Installed
 * automatically by {@code MedCoord.builder()} when {@code medcoord-scheduling} is on the classpath;
 * install it yourself only when discovery is off.
 *
 * @since 0.1.0
 */
public final class SchedulingModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new SchedulingBindings());
    }
}
