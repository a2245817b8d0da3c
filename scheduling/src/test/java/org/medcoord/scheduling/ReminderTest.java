package org.medcoord.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;

class ReminderTest {

    private static final Instant THURSDAY_NINE = Instant.parse("2026-11-05T14:00:00Z"); // 09:00 New York

    /** A channel that records what it is handed, and can be told to fail. */
    static final class RecordingChannel implements NotificationChannel {
        final List<Notification> sent = new CopyOnWriteArrayList<>();
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public String id() {
            return "sms";
        }

        @Override
        public void send(Notification notification) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("gateway down");
            }
            sent.add(notification);
        }
    }

    private final RecordingChannel sms = new RecordingChannel();
    private final Clinic clinic = new Clinic(Clinic.MONDAY_NOON_UTC, sms);
    private final AccessContext dispatcher = AccessContext.of(TenantId.of("clinic-a"), Principal.of("reminder-job", Roles.SYSTEM),
            PurposeOfUse.OPERATIONS);
    private ReminderService reminders;
    private Resource room;
    private ServiceType colonoscopy;

    @BeforeEach
    void setUp() {
        reminders = clinic.medcoord.service(ReminderService.class);
        room = clinic.resource(ResourceKind.LOCATION, "Endoscopy suite");
        colonoscopy = clinic.catalog.define(clinic.desk, NewServiceType.of("Colonoscopy", Duration.ofMinutes(45),
                List.of(ResourceRequirement.of("room", List.of(room.id())))));
    }

    @AfterEach
    void tearDown() {
        clinic.close();
    }

    private Appointment book(Instant start) {
        return clinic.appointments.book(clinic.desk,
                BookingRequest.of(PatientId.next(clinic.clock), colonoscopy.id(), start, Map.of("room", room.id())));
    }

    @Test
    void eachRuleRemindsOnceAtItsTimeWithTheMinimumNecessary() {
        reminders.defineRule(clinic.desk, Duration.ofHours(48), "sms", false);
        reminders.defineRule(clinic.desk, Duration.ofHours(2), "sms", false);
        Appointment a = book(THURSDAY_NINE);
        assertThat(reminders.reminders(clinic.desk, a.id())).extracting(Reminder::due, Reminder::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(THURSDAY_NINE.minus(Duration.ofHours(48)), ReminderStatus.PENDING),
                org.assertj.core.groups.Tuple.tuple(THURSDAY_NINE.minus(Duration.ofHours(2)), ReminderStatus.PENDING));

        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 0));
        clinic.clock.advance(Duration.ofDays(1).plusHours(2)); // Tuesday 14:00Z: the 48-hour reminder is due
        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(1, 0, 0));
        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 0));

        assertThat(sms.sent).singleElement().satisfies(n -> {
            assertThat(n.patient()).isEqualTo(a.patient());
            assertThat(n.text()).contains("Thu 5 Nov 2026 at 09:00").doesNotContain("Colonoscopy");
        });
        clinic.clock.advance(Duration.ofDays(2));
        assertThat(reminders.dispatchDue(dispatcher).sent()).isEqualTo(1);
        assertThat(sms.sent).extracting(Notification::reference).doesNotHaveDuplicates().hasSize(2);
        assertThat(clinic.events(ReminderSent.class)).hasSize(2);
    }

    @Test
    void aRuleMayAllowTheServiceName() {
        reminders.defineRule(clinic.desk, Duration.ofHours(2), "sms", true);
        book(THURSDAY_NINE);
        clinic.clock.advance(Duration.ofDays(3));

        reminders.dispatchDue(dispatcher);

        assertThat(sms.sent).singleElement().satisfies(n -> assertThat(n.text()).contains("Colonoscopy"));
    }

    @Test
    void remindersOfCancelledOrMovedAppointmentsAreSkippedAndTheMovedOneIsRemindedOfItsNewTime() {
        reminders.defineRule(clinic.desk, Duration.ofHours(2), "sms", false);
        Appointment cancelled = book(THURSDAY_NINE);
        Appointment moved = book(THURSDAY_NINE.plus(Duration.ofHours(2)));
        clinic.appointments.cancel(clinic.desk, cancelled.id(), "feeling better");
        clinic.appointments.reschedule(clinic.desk, moved.id(), THURSDAY_NINE.plus(Duration.ofHours(4)), Map.of("room", room.id()));
        clinic.clock.advance(Duration.ofDays(4));

        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(1, 2, 0));
        assertThat(sms.sent).singleElement().satisfies(n -> assertThat(n.about()).isEqualTo(THURSDAY_NINE.plus(Duration.ofHours(4))));
    }

    @Test
    void aFailingChannelIsRetriedAndGivenUpAfterThreeAttempts() {
        reminders.defineRule(clinic.desk, Duration.ofHours(2), "sms", false);
        Appointment a = book(THURSDAY_NINE);
        clinic.clock.advance(Duration.ofDays(3));
        sms.failuresLeft.set(5);

        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 1));
        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 1));
        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 1));
        assertThat(reminders.dispatchDue(dispatcher)).isEqualTo(new DispatchReport(0, 0, 0));
        assertThat(reminders.reminders(clinic.desk, a.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReminderStatus.FAILED));
    }

    @Test
    void dispatchersRunningConcurrentlySendEachReminderExactlyOnce() throws Exception {
        reminders.defineRule(clinic.desk, Duration.ofHours(2), "sms", false);
        for (int i = 0; i < 24; i++) {
            book(THURSDAY_NINE.plus(Duration.ofHours(i)));
        }
        clinic.clock.advance(Duration.ofDays(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<DispatchReport>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return reminders.dispatchDue(dispatcher);
                }));
            }
            go.countDown();
            int sent = 0;
            for (Future<DispatchReport> run : runs) {
                sent += run.get(60, TimeUnit.SECONDS).sent();
            }
            assertThat(sent).isEqualTo(24);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sms.sent).hasSize(24).extracting(Notification::reference).doesNotHaveDuplicates();
    }

    @Test
    void aRuleNamingAnUnknownChannelIsRejected() {
        assertThatThrownBy(() -> reminders.defineRule(clinic.desk, Duration.ZERO, "pager", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(SchedulingCodes.DURATION, SchedulingCodes.UNKNOWN_CHANNEL));
    }
}
