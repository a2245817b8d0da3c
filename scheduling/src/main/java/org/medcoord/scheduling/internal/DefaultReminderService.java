package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medcoord.core.Extensions;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.AppointmentId;
import org.medcoord.scheduling.AppointmentStatus;
import org.medcoord.scheduling.DispatchReport;
import org.medcoord.scheduling.Reminder;
import org.medcoord.scheduling.ReminderId;
import org.medcoord.scheduling.ReminderRule;
import org.medcoord.scheduling.ReminderRuleId;
import org.medcoord.scheduling.ReminderSent;
import org.medcoord.scheduling.ReminderService;
import org.medcoord.scheduling.ReminderStatus;
import org.medcoord.scheduling.SchedulingCodes;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class DefaultReminderService implements ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultReminderService.class);
    private static final int MAX_ATTEMPTS = 3;

    private final DataStore data;
    private final Clock clock;
    private final Extensions extensions;

    @Inject
    DefaultReminderService(DataStore data, Clock clock, Extensions extensions) {
        this.data = data;
        this.clock = clock;
        this.extensions = extensions;
    }

    private Map<String, NotificationChannel> channels() {
        return extensions.all(NotificationChannel.class).stream()
                .collect(Collectors.toMap(NotificationChannel::id, Function.identity(), (first, second) -> first));
    }

    @Override
    public ReminderRule defineRule(AccessContext context, Duration before, String channel, boolean includeServiceName) {
        Violations v = new Violations();
        v.addIf(before == null || before.compareTo(Duration.ofMinutes(1)) < 0 || before.compareTo(Duration.ofDays(30)) > 0, "before",
                SchedulingCodes.DURATION, "a reminder goes 1 minute to 30 days before the start");
        v.addIf(channel == null || !channels().containsKey(channel), "channel", SchedulingCodes.UNKNOWN_CHANNEL,
                "no notification channel with this id is registered; registered: " + channels().keySet());
        v.throwIfAny();
        ReminderRuleId id = ReminderRuleId.next(clock);
        return data.inTransaction(context, s -> {
            s.authorize(Action.CREATE, DataCategory.SCHEDULING, Optional.empty(), "scheduling.reminder-rule.define",
                    "scheduling.reminder-rule/" + id);
            return s.insert(Documents.REMINDER_RULE, id.asString(), new ReminderRule(id, before, channel, includeServiceName)).value();
        });
    }

    @Override
    public List<Reminder> reminders(AccessContext context, AppointmentId appointment) {
        return data.inTransaction(context, s -> {
            Optional<Versioned<Appointment>> found = s.find(Documents.APPOINTMENT, appointment.asString());
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, found.map(f -> f.value().patient()), "scheduling.reminder.search",
                    "scheduling.appointment/" + appointment);
            return Pages.all(s, Documents.REMINDER, Criteria.all().eq("appointment", appointment.asString())).stream()
                    .map(Versioned::value).sorted(Comparator.comparing(Reminder::due).thenComparing(r -> r.id().value())).toList();
        });
    }

    @Override
    public DispatchReport dispatchDue(AccessContext context) {
        List<ReminderId> due = data.inTransaction(context, s -> {
            s.authorize(Action.SEARCH, DataCategory.SCHEDULING, Optional.empty(), "scheduling.reminder.dispatch", "scheduling.reminder");
            return Pages.all(s, Documents.REMINDER, Criteria.all().eq("status", ReminderStatus.PENDING.name())
                    .between("due", null, s.now().plusNanos(1_000))).stream().map(v -> v.value().id()).toList();
        });
        Map<String, NotificationChannel> channels = channels();
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (ReminderId id : due) {
            Optional<Claim> claim = data.inTransaction(context, s -> claim(s, id));
            if (claim.isEmpty()) {
                continue; // another dispatcher has it
            }
            Claim c = claim.get();
            if (c.notification().isEmpty()) {
                skipped++;
                continue;
            }
            NotificationChannel channel = channels.get(c.reminder().channel());
            boolean ok;
            try {
                if (channel == null) {
                    throw new IllegalStateException("no channel");
                }
                channel.send(c.notification().get());
                ok = true;
            } catch (RuntimeException e) {
                // the exception may quote the message text: log its type only
                LOG.warn("MC-SCHED-201: reminder {} could not be sent through channel {} ({}); it is retried on a later dispatch",
                        id, c.reminder().channel(), e.getClass().getName());
                ok = false;
            }
            boolean delivered = ok;
            data.inTransaction(context, s -> {
                record(s, id, delivered);
                return null;
            });
            if (ok) {
                sent++;
            } else {
                failed++;
            }
        }
        return new DispatchReport(sent, skipped, failed);
    }

    /** A claimed reminder and the notification to send (empty when the reminder was skipped). */
    private record Claim(Reminder reminder, Optional<Notification> notification) {
    }

    private Optional<Claim> claim(DataSession s, ReminderId id) {
        s.lock(Documents.REMINDER_LOCK, id.asString());
        Versioned<Reminder> current = s.get(Documents.REMINDER, id.asString());
        Reminder r = current.value();
        if (r.status() != ReminderStatus.PENDING) {
            return Optional.empty();
        }
        Optional<Appointment> appointment = s.find(Documents.APPOINTMENT, r.appointment().asString()).map(Versioned::value);
        s.authorize(Action.READ, DataCategory.SCHEDULING, Optional.of(r.patient()), "scheduling.reminder.send",
                "scheduling.reminder/" + id);
        boolean stillDue = appointment.isPresent() && appointment.get().status() == AppointmentStatus.BOOKED
                && appointment.get().start().equals(r.start());
        if (!stillDue) {
            s.update(Documents.REMINDER, id.asString(), current.version(), r.with(ReminderStatus.SKIPPED, r.attempts()));
            return Optional.of(new Claim(r, Optional.empty()));
        }
        s.update(Documents.REMINDER, id.asString(), current.version(), r.with(ReminderStatus.SENDING, r.attempts()));
        return Optional.of(new Claim(r, Optional.of(new Notification(id.asString(), r.patient(), text(s, r, appointment.get()), r.start()))));
    }

    /** The minimum necessary: when, and the service only when the rule allows it. */
    private static String text(DataSession s, Reminder r, Appointment a) {
        String when = PatientMessages.local(s, a, a.start());
        boolean withService = s.find(Documents.REMINDER_RULE, r.rule().asString()).map(v -> v.value().includeServiceName()).orElse(false);
        String service = withService
                ? s.find(Documents.SERVICE_TYPE, a.serviceType().asString()).map(Versioned::value).map(ServiceType::name).map(n -> " (" + n + ")").orElse("")
                : "";
        return "Reminder: you have an appointment" + service + " on " + when + ". Reply or call us if you cannot come.";
    }

    private void record(DataSession s, ReminderId id, boolean delivered) {
        Versioned<Reminder> current = s.get(Documents.REMINDER, id.asString());
        Reminder r = current.value();
        if (delivered) {
            s.update(Documents.REMINDER, id.asString(), current.version(), r.with(ReminderStatus.SENT, r.attempts()));
            s.publish(new ReminderSent(id, r.appointment(), r.patient(), r.channel(), s.now()));
        } else {
            int attempts = r.attempts() + 1;
            s.update(Documents.REMINDER, id.asString(), current.version(),
                    r.with(attempts >= MAX_ATTEMPTS ? ReminderStatus.FAILED : ReminderStatus.PENDING, attempts));
        }
    }
}
