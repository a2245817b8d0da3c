package org.medcoord.scheduling.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.AvailabilityService;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.PatientFlowService;
import org.medcoord.scheduling.ReminderService;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.SlotSearch;
import org.medcoord.scheduling.WaitlistService;

/** Binds the services to their implementations. Public only so that the API's {@code SchedulingModule} can install it. */
public final class SchedulingBindings extends AbstractModule {

    @Override
    protected void configure() {
        bind(ResourceService.class).to(DefaultResourceService.class).in(Singleton.class);
        bind(ServiceCatalog.class).to(DefaultServiceCatalog.class).in(Singleton.class);
        bind(AvailabilityService.class).to(DefaultAvailabilityService.class).in(Singleton.class);
        bind(SlotSearch.class).to(DefaultSlotSearch.class).in(Singleton.class);
        bind(AppointmentService.class).to(DefaultAppointmentService.class).in(Singleton.class);
        bind(WaitlistService.class).to(DefaultWaitlistService.class).in(Singleton.class);
        bind(ReminderService.class).to(DefaultReminderService.class).in(Singleton.class);
        bind(PatientFlowService.class).to(DefaultPatientFlowService.class).in(Singleton.class);
        bind(AdmissionService.class).to(DefaultAdmissionService.class).in(Singleton.class);
        bind(FollowUpService.class).to(DefaultFollowUpService.class).in(Singleton.class);
        bind(Backfill.class).in(Singleton.class);
        bind(PatientMessages.class).in(Singleton.class);
    }
}
