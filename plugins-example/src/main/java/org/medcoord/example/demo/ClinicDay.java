package org.medcoord.example.demo;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.MedCoord;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.spi.AccessPolicies;
import org.medcoord.example.access.StudentShiftPolicy;
import org.medcoord.example.sms.SmsOutboxChannel;
import org.medcoord.scheduling.DispatchReport;

/**
 * The clinic-day demo: plays one day of a small clinic through MedCoord's public API and prints a day
 * report. Run it with {@code ./clinic-day} at the repository root, or
 * {@code java -cp ... org.medcoord.example.demo.ClinicDay [--data DIR] [--jdbc-url URL ...]}.
 *
 * <p>Data lives in an embedded H2 database in {@code ./medcoord-demo-data} (with the demo's keys and its
 * SMS outbox), or in the database {@code --jdbc-url} names. Each run plays the day after the last one
 * played (the first run plays tomorrow), finding the clinic, its staff and its patients by stable keys.
 * Exits 0 on success, 1 with a message naming the failed step otherwise, 2 for bad arguments.
 *
 * @since 0.1.0
 */
public final class ClinicDay {

    /** The clinic's zone: every local time in the report is in it. */
    public static final ZoneId ZONE = ZoneId.of("America/Chicago");

    // StAEDI (billing's X12 library) reports its schema loading on java.util.logging at INFO: not the report's business
    private static final java.util.logging.Logger X12_LOG = java.util.logging.Logger.getLogger("io.xlate");

    private ClinicDay() {
    }

    /**
     * Runs the demo and exits with its status.
     *
     * @param args see {@link #run}
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, System.console() != null);
        System.exit(status);
    }

    /**
     * Runs the demo.
     *
     * @param args        {@code [--data DIR] [--jdbc-url URL [--jdbc-user USER] [--jdbc-password PASSWORD]] [--help]}
     * @param out         where the day report goes
     * @param err         where failures are explained
     * @param interactive whether progress bars may redraw in place (a terminal)
     * @return 0 when the day was played, 1 when a step failed, 2 for bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("clinic-day: " + e.getMessage());
            err.println(DemoOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return 0;
        }
        X12_LOG.setLevel(java.util.logging.Level.WARNING);
        String stage = "start-up";
        long started = System.nanoTime();
        try {
            Path data = options.dataDir();
            Files.createDirectories(data);
            Map<String, String> settings = new LinkedHashMap<>(DemoKeys.loadOrCreate(data));
            settings.put(MedCoord.STORAGE_SETTING, "jdbc");
            settings.put("medcoord.jdbc.url", options.jdbcUrl()
                    .orElse("jdbc:h2:file:" + data.toAbsolutePath().normalize().resolve("medcoord").toString().replace('\\', '/')));
            options.user().ifPresent(u -> settings.put("medcoord.jdbc.user", u));
            options.password().ifPresent(p -> settings.put("medcoord.jdbc.password", p));
            settings.put("medcoord.jdbc.pool-size", "4");
            // the 837P envelope: the clinic as sender and submitter, Prairie Mutual as receiver
            settings.put("medcoord.billing.x12.sender-id", "NORTHCLINIC");
            settings.put("medcoord.billing.x12.receiver-id", "PRAIRIEMUTUAL");
            settings.put("medcoord.billing.x12.receiver-name", "Prairie Mutual");
            settings.put("medcoord.billing.x12.submitter-name", "North Clinic");
            settings.put("medcoord.billing.x12.submitter-contact", "Billing Office");
            settings.put("medcoord.billing.x12.submitter-phone", "3125550100");
            Path outbox = data.resolve("sms-outbox.txt");
            // the example channel is found by ServiceLoader; its no-arg constructor reads the outbox from this property
            System.setProperty(SmsOutboxChannel.OUTBOX_PROPERTY, outbox.toString());

            DemoClock clock = new DemoClock(Clock.systemUTC().instant());
            stage = "opening the database (" + options.database() + ")";
            try (MedCoord medcoord = MedCoord.builder()
                    .settings(settings)
                    .clock(clock)
                    // the example AccessPolicy rule, given the demo's clock (ServiceLoader would use the system clock)
                    .accessPolicy(new StudentShiftPolicy(AccessPolicies.roleBased(), clock, ZONE, LocalTime.of(7, 0), LocalTime.of(19, 0)))
                    .build()) {
                stage = "choosing the day";
                Directory directory = new Directory(medcoord.service(DataStore.class), Day.actor("clinic-day-demo",
                        org.medcoord.core.access.PurposeOfUse.OPERATIONS, org.medcoord.core.access.Roles.SYSTEM));
                Optional<LocalDate> last = directory.get("state/last-day").map(LocalDate::parse);
                LocalDate tomorrow = LocalDate.now(clock.withZone(ZONE)).plusDays(1);
                LocalDate date = last.map(d -> d.plusDays(1)).filter(d -> d.isAfter(tomorrow)).orElse(tomorrow);
                int dayNumber = directory.get("state/days-played").map(Integer::parseInt).orElse(0) + 1;
                // claim the day first: a run that fails half-way is followed by the next day, never a replay
                directory.put("state/last-day", date.toString());
                directory.put("state/days-played", Integer.toString(dayNumber));
                clock.moveTo(date.atTime(6, 30).atZone(ZONE).toInstant());

                DayReport report = new DayReport(out, interactive);
                report.banner("MedCoord clinic-day demo: North Clinic, day " + dayNumber + (dayNumber == 1 ? "" : " (continuing from stored data)"),
                        date + " (" + date.getDayOfWeek() + "), zone " + ZONE + ", storage " + medcoord.storageId() + ": " + options.database(),
                        "public API only; plugins: SmsOutboxChannel, PrairieMutualPayer, PrairieModifier25Rule (ServiceLoader), StudentShiftPolicy (builder)");
                Day day = new Day(medcoord, clock, ZONE, date, dayNumber, directory, report, outbox);
                List<Step> steps = ClinicDaySteps.all();
                for (Step step : steps) {
                    stage = "step '" + step.title() + "'";
                    report.section(step.title(), null);
                    step.run(day);
                }
                stage = "the summary";
                printSummary(day, Duration.ofNanos(System.nanoTime() - started));
            }
            return 0;
        } catch (MedCoordException e) {
            err.println("clinic-day FAILED during " + stage + ": " + e.getMessage());
            if (e.code().startsWith("MC-CRYPTO")) {
                err.println("clinic-day: this database was written with other keys than " + options.dataDir().resolve(DemoKeys.FILE)
                        + "; run with the --data folder that holds its keys, or start on a new database");
            }
            return 1;
        } catch (Exception e) {
            err.println("clinic-day FAILED during " + stage + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }

    private static void printSummary(Day day, Duration took) {
        day.report.section("Day totals", day.localTime());
        Map<String, Object> totals = new LinkedHashMap<>(day.totals);
        DispatchReport reminders = day.remindersToday();
        totals.put("reminders sent", reminders.sent());
        totals.put("reminders skipped (cancelled)", reminders.skipped());
        totals.put("reminders failed", reminders.failed());
        day.report.totals(totals);
        day.report.line("day %d played in %.1f s; run again on the same data to play %s", day.dayNumber, took.toMillis() / 1000.0,
                day.date.plusDays(1));
    }
}
