package org.medcoord.testkit.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;

/**
 * What every {@link NotificationChannel} must do, as its javadoc states: a stable id; each notification
 * handed to {@link NotificationChannel#send} delivered once with its text; a failed delivery reported by a
 * {@link RuntimeException} (MedCoord then retries the reminder); no patient data in the channel's
 * {@code toString()} or in its exception messages; and {@code send} safe to call from several threads at
 * once.
 *
 * <p>Extend it in the channel's tests and say how to create the channel, how to read back what it
 * delivered (the kit cannot see an SMS gateway; point the channel at a fake gateway, a file or a stream),
 * and how to make delivery fail:
 *
 * <pre>{@code
 * class SmsChannelTest extends NotificationChannelContract {
 *     protected NotificationChannel newChannel() { return new SmsChannel(fakeGateway); }
 *     protected List<String> delivered(NotificationChannel channel) { return fakeGateway.messages(); }
 *     protected NotificationChannel failingChannel() { return new SmsChannel(downGateway); }
 * }
 * }</pre>
 *
 * <p>Each test asks for a fresh channel and expects it to start with nothing delivered.
 *
 * @since 0.1.0
 */
public abstract class NotificationChannelContract {

    /** A text the kit treats as patient data: it must never show up outside the delivered messages. */
    private static final String SECRET = "Ana Silva 1980-05-17 555-201-0001";

    /** @return a new channel, with nothing delivered yet */
    protected abstract NotificationChannel newChannel();

    /**
     * @return what {@code channel} (made by {@link #newChannel}) has delivered so far, one element per
     *         delivered notification, in delivery order; each element holds the notification's text
     *         (possibly with the channel's own framing around it)
     */
    protected abstract List<String> delivered(NotificationChannel channel);

    /**
     * @return a new channel whose every delivery fails (its gateway down, its file unwritable), as the
     *         kit cannot break a working one from outside
     */
    protected abstract NotificationChannel failingChannel();

    /** @return how many threads the concurrency test sends from at once; default 8 */
    protected int threads() {
        return 8;
    }

    /** @return how many notifications each thread sends in the concurrency test; default 50 */
    protected int sendsPerThread() {
        return 50;
    }

    private static Notification notification(String text) {
        return new Notification("reminder-" + UUID.randomUUID(), new PatientId(UUID.randomUUID()), text,
                Instant.parse("2026-11-05T14:00:00Z"));
    }

    @Nested
    @DisplayName("Identity")
    class Identity {

        @Test
        @DisplayName("the id is a short, non-blank word that reminder rules can name")
        void theIdIsShortAndNonBlank() {
            String id = newChannel().id();

            assertThat(id).isNotNull().isNotBlank().hasSizeLessThanOrEqualTo(64).doesNotContainAnyWhitespaces();
        }

        @Test
        @DisplayName("the id is stable: the same on every call and on every instance")
        void theIdIsStable() {
            NotificationChannel first = newChannel();
            NotificationChannel second = newChannel();

            assertThat(first.id()).isEqualTo(first.id()).isEqualTo(second.id());
        }
    }

    @Nested
    @DisplayName("Delivery")
    class Delivery {

        @Test
        @DisplayName("a sent notification is delivered once, with its text")
        void aSentNotificationIsDeliveredOnceWithItsText() {
            NotificationChannel channel = newChannel();
            String text = "Reminder: your appointment is on Thu 5 Nov 2026 at 09:00. " + UUID.randomUUID();

            channel.send(notification(text));

            assertThat(delivered(channel)).singleElement().asString().contains(text);
        }

        @Test
        @DisplayName("several notifications are delivered in the order they were sent")
        void severalNotificationsAreDeliveredInOrder() {
            NotificationChannel channel = newChannel();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String text = "Reminder " + i + ": your appointment is tomorrow at 09:00. " + UUID.randomUUID();
                texts.add(text);
                channel.send(notification(text));
            }

            List<String> delivered = delivered(channel);
            assertThat(delivered).hasSize(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(delivered.get(i)).contains(texts.get(i));
            }
        }
    }

    @Nested
    @DisplayName("Failure")
    class Failure {

        @Test
        @DisplayName("a failed delivery is reported by a RuntimeException, so that MedCoord retries it")
        void aFailedDeliveryThrows() {
            NotificationChannel channel = failingChannel();

            assertThatThrownBy(() -> channel.send(notification("Reminder: your appointment is tomorrow at 09:00.")))
                    .isInstanceOf(RuntimeException.class);
        }

        @Test
        @DisplayName("the failure names no patient data: neither the text nor anything in its causes")
        void theFailureNamesNoPatientData() {
            NotificationChannel channel = failingChannel();
            Notification notification = notification(SECRET);

            Throwable thrown = null;
            try {
                channel.send(notification);
            } catch (RuntimeException e) {
                thrown = e;
            }

            assertThat(thrown).as("a failing channel must throw").isNotNull();
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
                assertThat(t.toString()).doesNotContain(SECRET);
            }
        }
    }

    @Nested
    @DisplayName("Confidentiality")
    class Confidentiality {

        @Test
        @DisplayName("the channel's toString() shows no patient data, before or after sending")
        void toStringShowsNoPatientData() {
            NotificationChannel channel = newChannel();
            String before = String.valueOf(channel);

            channel.send(notification(SECRET));

            assertThat(before).doesNotContain(SECRET);
            assertThat(String.valueOf(channel)).doesNotContain(SECRET);
            assertThat(delivered(channel)).singleElement().asString().contains(SECRET);
        }
    }

    @Nested
    @DisplayName("Threads")
    class Threads {

        @Test
        @DisplayName("notifications sent from several threads at once are each delivered exactly once, intact")
        void concurrentSendsAreEachDeliveredOnce() throws Exception {
            NotificationChannel channel = newChannel();
            int threads = threads();
            int perThread = sendsPerThread();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            channel.send(notification(String.format("msg-%02d-%04d your appointment is tomorrow", thread, i)));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            List<String> delivered = delivered(channel);
            assertThat(delivered).hasSize(threads * perThread);
            Set<String> seen = new TreeSet<>();
            for (String message : delivered) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("msg-(\\d{2})-(\\d{4}) your appointment is tomorrow")
                        .matcher(message);
                assertThat(m.find()).as("an intact message in %s", message).isTrue();
                seen.add(m.group(1) + "-" + m.group(2));
            }
            assertThat(seen).hasSize(threads * perThread);
        }
    }
}
