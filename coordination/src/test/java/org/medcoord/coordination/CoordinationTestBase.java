package org.medcoord.coordination;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.KitService;
import org.medcoord.inventory.StockService;
import org.medcoord.records.AdministrativeSex;
import org.medcoord.records.Demographics;
import org.medcoord.records.Encounters;
import org.medcoord.records.PatientRegistry;
import org.medcoord.records.PersonName;
import org.medcoord.records.RegisterPatient;
import org.medcoord.scheduling.AppointmentService;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.WaitlistService;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * One MedCoord on the in-memory engine per test class, every domain module found by discovery as an application
 * would get them, and a fresh tenant for every test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CoordinationTestBase {

    /** Monday 2 November 2026, 09:00 in New York. */
    static final Instant START = Instant.parse("2026-11-02T14:00:00Z");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final MutableClock clock = new MutableClock(START);
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    MedCoord medcoord;
    Workflows workflows;
    Worklist worklist;
    CaseService cases;
    ReferralService referrals;
    Handoffs handoffs;
    ProcedureCatalog procedures;
    DailyReports reports;
    ResourceService resources;
    ServiceCatalog serviceTypes;
    AppointmentService appointments;
    WaitlistService waitlist;
    CatalogService inventoryCatalog;
    StockService stock;
    KitService kits;
    EquipmentService equipment;
    PatientRegistry registry;
    Encounters encounters;
    TenantId tenant;
    AccessContext system;
    AccessContext coordinator;
    AccessContext desk;
    AccessContext supply;
    AccessContext nurse;

    @BeforeAll
    void start() {
        medcoord = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .settings(TestKeys.settings())
                .setting(org.medcoord.records.CareTeams.CARE_RELATIONSHIP_SETTING, "false")
                .settings(extraSettings())
                .provider(EventListener.class, new EventListener() {
                    @Override
                    public String id() {
                        return "coordination-test-capture";
                    }

                    @Override
                    public void onEvent(EventEnvelope envelope) {
                        if (envelope.tenant().equals(tenant)) {
                            events.add(envelope.event());
                        }
                    }
                })
                .clock(clock)
                .build();
        workflows = medcoord.service(Workflows.class);
        worklist = medcoord.service(Worklist.class);
        cases = medcoord.service(CaseService.class);
        referrals = medcoord.service(ReferralService.class);
        handoffs = medcoord.service(Handoffs.class);
        procedures = medcoord.service(ProcedureCatalog.class);
        reports = medcoord.service(DailyReports.class);
        resources = medcoord.service(ResourceService.class);
        serviceTypes = medcoord.service(ServiceCatalog.class);
        appointments = medcoord.service(AppointmentService.class);
        waitlist = medcoord.service(WaitlistService.class);
        inventoryCatalog = medcoord.service(CatalogService.class);
        stock = medcoord.service(StockService.class);
        kits = medcoord.service(KitService.class);
        equipment = medcoord.service(EquipmentService.class);
        registry = medcoord.service(PatientRegistry.class);
        encounters = medcoord.service(Encounters.class);
    }

    Map<String, String> extraSettings() {
        return Map.of();
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        tenant = TenantId.of("clinic-" + UUID.randomUUID().toString().substring(0, 8));
        clock.set(START);
        events.clear();
        system = as("workflow-runner", Roles.SYSTEM, PurposeOfUse.OPERATIONS);
        coordinator = as("coord-1", Roles.COORDINATOR, PurposeOfUse.OPERATIONS);
        desk = as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS);
        supply = as("supply-1", Roles.SUPPLY, PurposeOfUse.OPERATIONS);
        nurse = as("rn-1", Roles.NURSE, PurposeOfUse.TREATMENT);
    }

    AccessContext as(String user, String role, PurposeOfUse purpose) {
        return AccessContext.of(tenant, Principal.of(user, role), purpose);
    }

    PatientId patient(String given) {
        return registry.register(desk, RegisterPatient.at("MAIN", Demographics.of(PersonName.of(given, "Tester"),
                LocalDate.of(1970, 1, 1), AdministrativeSex.FEMALE))).id();
    }

    /** Runs the workflows until the outbox is drained (effects publish events of their own); returns the sums. */
    WorkflowRun drain(String consumer) {
        int handled = 0;
        int already = 0;
        int failed = 0;
        WorkflowRun run;
        do {
            run = workflows.run(system, consumer, 500);
            handled += run.handled();
            already += run.alreadyHandled();
            failed += run.failed();
        } while (run.handled() + run.alreadyHandled() + run.failed() > 0);
        return new WorkflowRun(consumer, run.position(), handled, already, failed);
    }

    /** @return how many events the tenant's outbox holds */
    int outboxSize() {
        return medcoord.service(org.medcoord.core.event.EventLog.class).read(system, 1, 10_000).size();
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
