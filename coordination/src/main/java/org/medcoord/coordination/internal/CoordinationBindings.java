package org.medcoord.coordination.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.medcoord.billing.BillingReports;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.FeeScheduleService;
import org.medcoord.coordination.CaseService;
import org.medcoord.coordination.DailyReports;
import org.medcoord.coordination.Handoffs;
import org.medcoord.coordination.ProcedureCatalog;
import org.medcoord.coordination.ReferralService;
import org.medcoord.coordination.Workflows;
import org.medcoord.coordination.Worklist;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.Extensions;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.EventLog;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.KitService;
import org.medcoord.inventory.ReorderService;
import org.medcoord.records.Encounters;
import org.medcoord.records.MedicalHistory;
import org.medcoord.scheduling.AdmissionService;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.FollowUpService;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.SlotSearch;

/**
 * The implementation's bindings, installed by {@link org.medcoord.coordination.CoordinationModule}. Public only
 * because that module lives in the API package; the classes it binds stay package-private.
 */
public final class CoordinationBindings extends AbstractModule {

    @Provides
    @Singleton
    KnownRoles roles(Extensions extensions) {
        return new KnownRoles(extensions);
    }

    @Provides
    @Singleton
    Worklist worklist(DataStore data, Clock clock, KnownRoles roles) {
        return new DefaultWorklist(data, clock, roles);
    }

    @Provides
    @Singleton
    CaseService cases(DataStore data, Clock clock, Extensions extensions) {
        return new DefaultCaseService(data, clock, extensions);
    }

    @Provides
    @Singleton
    ReferralService referrals(DataStore data, Clock clock) {
        return new DefaultReferralService(data, clock);
    }

    @Provides
    @Singleton
    Handoffs handoffs(DataStore data, Clock clock, KnownRoles roles) {
        return new DefaultHandoffs(data, clock, roles);
    }

    @Provides
    @Singleton
    ProcedureCatalog catalog(DataStore data, ServiceCatalog services, CatalogService inventory) {
        return new DefaultProcedureCatalog(data, services, inventory);
    }

    @Provides
    @Singleton
    DailyReports reports(DataStore data, AdmissionService admissions, ReorderService reorder, EquipmentService equipment,
                         BillingReports billing) {
        return new DefaultDailyReports(data, admissions, reorder, equipment, billing);
    }

    @Provides
    @Singleton
    Workflows workflows(DataStore data, Clock clock, EventLog events, Extensions extensions, EquipmentService equipment,
                        ResourceService resources, AppointmentService appointments, SlotSearch slots, FollowUpService followUps,
                        Encounters encounters, KitService kits, ReorderService reorder, ChargeService charges, FeeScheduleService fees,
                        MedicalHistory history) {
        EquipmentWorkflow equipmentWorkflow = new EquipmentWorkflow(clock, resources, appointments, slots,
                days(extensions, Workflows.OPEN_OUTAGE_DAYS_SETTING, 90), days(extensions, Workflows.RESCHEDULE_SEARCH_DAYS_SETTING, 30));
        return new DefaultWorkflows(data, clock, events, equipment, resources, followUps, equipmentWorkflow,
                new FulfilmentWorkflow(appointments, encounters, kits, followUps,
                        new Charges(clock, charges, fees, history, resources)), new AlertWorkflow(clock, reorder), new Visits(appointments),
                new BillingWorkflow(clock));
    }

    private static Duration days(Extensions extensions, String setting, int fallback) {
        String value = extensions.setting(setting).map(String::strip).orElse(Integer.toString(fallback));
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 365) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new ConfigurationException(java.util.List.of("setting " + setting + " must be a whole number of days from 1 to 365"));
    }

    @Override
    public boolean equals(Object other) {
        // Guice de-duplicates equal modules, so installing the feature twice binds once.
        return other instanceof CoordinationBindings;
    }

    @Override
    public int hashCode() {
        return CoordinationBindings.class.hashCode();
    }
}
