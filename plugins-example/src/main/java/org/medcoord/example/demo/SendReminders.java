package org.medcoord.example.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.Reminder;
import org.medcoord.scheduling.ReminderService;

/**
 * The reminder job runs (the embedding application would call it every minute): the reminders due by now
 * go out through the example {@code SmsOutboxChannel}, found by ServiceLoader; the cancelled visit's
 * reminder is dropped.
 */
final class SendReminders implements Step {

    private static final Pattern SMS = Pattern.compile("SMS to patient:([0-9a-f-]{36}) .*? \\| (.*)");

    @Override
    public String title() {
        return "Reminders through the example SMS channel";
    }

    @Override
    public void run(Day day) throws IOException {
        day.at(8, 45);
        int before = lines(day.outbox).size();
        DispatchReport r = day.runReminderJob();
        day.report.line("reminder job at 08:45: %d sent, %d skipped, %d failed", r.sent(), r.skipped(), r.failed());
        List<String> sent = lines(day.outbox);
        for (String line : sent.subList(Math.min(before, sent.size()), sent.size())) {
            Matcher m = SMS.matcher(line);
            day.report.line("  sms to " + (m.matches() ? day.label(day.keyOf(new PatientId(UUID.fromString(m.group(1))))) + ": "
                    + shorten(m.group(2), 90) : shorten(line, 110)));
        }
        ReminderService reminders = day.service(ReminderService.class);
        DayReport.Table t = day.report.table("patient", "appointment", "reminder due", "status", "attempts");
        for (Map.Entry<String, org.medcoord.scheduling.AppointmentId> e : day.appointments.entrySet()) {
            for (Reminder reminder : reminders.reminders(day.desk, e.getValue())) {
                t.row(day.label(e.getKey()), day.hhmm(reminder.start()), day.hhmm(reminder.due()), reminder.status(), reminder.attempts());
            }
        }
        t.print();
        day.report.line("outbox file: %s", day.outbox.toAbsolutePath().normalize());
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
