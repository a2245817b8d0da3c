package org.medcoord.example.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.coordination.TaskId;
import org.medcoord.coordination.WorkflowRun;
import org.medcoord.coordination.Workflows;
import org.medcoord.example.access.StudentShiftPolicy;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.LocationId;
import org.medcoord.records.Patient;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.ReminderService;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * The day being played: the running MedCoord, the clock, who acts, and what the steps found or made that
 * later steps use (resources, patients, appointments). Used by one thread.
 */
final class Day {

    static final TenantId TENANT = TenantId.of("north-clinic");
    static final String FACILITY = "NORTH";

    // who acts, each with the roles and purpose the default policy (and the student rule) expect
    final AccessContext desk = actor("desk-maria", PurposeOfUse.OPERATIONS, Roles.FRONT_DESK);
    final AccessContext coordinator = actor("coord-sam", PurposeOfUse.OPERATIONS, Roles.COORDINATOR);
    final AccessContext drOkafor = actor("dr-okafor", PurposeOfUse.TREATMENT, Roles.CLINICIAN);
    final AccessContext drLee = actor("dr-lee", PurposeOfUse.TREATMENT, Roles.CLINICIAN);
    final AccessContext nurse = actor("rn-diaz", PurposeOfUse.TREATMENT, Roles.NURSE);
    final AccessContext student = actor("student-kim", PurposeOfUse.TREATMENT, StudentShiftPolicy.STUDENT);
    final AccessContext biller = actor("biller-ray", PurposeOfUse.PAYMENT, Roles.BILLING);
    final AccessContext supply = actor("supply-joe", PurposeOfUse.OPERATIONS, Roles.SUPPLY);
    final AccessContext reminderJob = actor("reminder-job", PurposeOfUse.OPERATIONS, Roles.SYSTEM);
    /** The clinic's background worker that runs coordination's workflows and reports: its own principal in the audit trail. */
    final AccessContext workflowJob = actor("workflow-job", PurposeOfUse.OPERATIONS, Roles.SYSTEM);
    final AccessContext auditor = actor("privacy-officer", PurposeOfUse.LEGAL, Roles.AUDITOR);

    final MedCoord medcoord;
    final DemoClock clock;
    final ZoneId zone;
    final LocalDate date;
    final int dayNumber;
    final Directory directory;
    final DayReport report;
    final Path outbox;

    // what the steps set up, by stable name
    final Map<String, ResourceId> resources = new LinkedHashMap<>();
    final Map<String, ServiceTypeId> serviceTypes = new HashMap<>();
    final Map<String, ItemId> items = new LinkedHashMap<>();
    final Map<String, Patient> patients = new LinkedHashMap<>();
    final Map<String, AppointmentId> appointments = new LinkedHashMap<>();
    final Map<String, Object> totals = new LinkedHashMap<>();
    LocationId procedureRoom;
    KitId colonoscopyKit;
    AssetId colonoscope;
    ItemId colonoscopeType;
    /** Purchase-suggestion tasks the workflows raised that supply staff worked today, for the coordinator's report. */
    final List<TaskId> tasksSeen = new ArrayList<>();
    private final int[] workflowCounts = new int[3];

    private final DispatchReport[] reminders = {new DispatchReport(0, 0, 0)};

    Day(MedCoord medcoord, DemoClock clock, ZoneId zone, LocalDate date, int dayNumber, Directory directory, DayReport report,
        Path outbox) {
        this.medcoord = medcoord;
        this.clock = clock;
        this.zone = zone;
        this.date = date;
        this.dayNumber = dayNumber;
        this.directory = directory;
        this.report = report;
        this.outbox = outbox;
    }

    static AccessContext actor(String user, PurposeOfUse purpose, String... roles) {
        return AccessContext.of(TENANT, Principal.of(user, roles), purpose);
    }

    <T> T service(Class<T> type) {
        return medcoord.service(type);
    }

    /** @return the instant of {@code hour:minute} on the played day, without moving the clock */
    Instant time(int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    /** Moves the clock to {@code hour:minute} of the played day and returns that instant. */
    Instant at(int hour, int minute) {
        Instant t = time(hour, minute);
        clock.moveTo(t);
        return t;
    }

    LocalTime localTime() {
        return LocalTime.ofInstant(clock.instant(), zone);
    }

    String hhmm(Instant instant) {
        return DayReport.time(instant, zone);
    }

    /** Runs the reminder dispatcher now, as the embedding application's periodic job would. */
    DispatchReport runReminderJob() {
        DispatchReport r = service(ReminderService.class).dispatchDue(reminderJob);
        DispatchReport sum = reminders[0];
        reminders[0] = new DispatchReport(sum.sent() + r.sent(), sum.skipped() + r.skipped(), sum.failed() + r.failed());
        return r;
    }

    /**
     * Lets coordination's workflows read the outbox up to now, as the embedding application's background job would
     * (every cross-domain effect of the day happens there), and prints what the run did.
     */
    WorkflowRun runWorkflows() {
        Workflows workflows = service(Workflows.class);
        WorkflowRun run;
        int handled = 0;
        int already = 0;
        int failed = 0;
        do {
            run = workflows.run(workflowJob, CoordinatorReport.CONSUMER, 10_000);
            handled += run.handled();
            already += run.alreadyHandled();
            failed += run.failed();
        } while (run.handled() + run.alreadyHandled() + run.failed() == 10_000);
        workflowCounts[0] += handled;
        workflowCounts[1] += already;
        workflowCounts[2] += failed;
        report.line("%s coordination's workflows read the outbox to event %d: %d handled, %d failed", hhmm(clock.instant()), run.position(),
                handled, failed);
        return new WorkflowRun(run.consumer(), run.position(), handled, already, failed);
    }

    /** @return the day's workflow events: handled, already handled, failed */
    int[] workflowCounts() {
        return workflowCounts.clone();
    }

    DispatchReport remindersToday() {
        return reminders[0];
    }

    Patient patient(String key) {
        return Objects.requireNonNull(patients.get(key), key);
    }

    /** @return the roster key (P-01) of a patient, for tables that show no names */
    String keyOf(PatientId id) {
        return patients.entrySet().stream().filter(e -> e.getValue().id().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse("(other)");
    }

    /** @return "A. Silva (NORTH-00000001)" for a roster patient: what a clinic screen shows its staff */
    String label(String key) {
        Patient p = patient(key);
        String given = p.demographics().name().given().isEmpty() ? "" : p.demographics().name().given().get(0).charAt(0) + ". ";
        return given + p.demographics().name().family() + " (" + p.mrn() + ")";
    }

    ResourceId resource(String name) {
        return Objects.requireNonNull(resources.get(name), name);
    }

    String resourceName(ResourceId id) {
        return resources.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse(id.asString());
    }

    void count(String what, long n) {
        totals.merge(what, n, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    }
}
