package org.medcoord.example.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.PatientId;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;
import org.medcoord.testkit.scheduling.NotificationChannelContract;

/** The example SMS channel passes the notification channel kit, writing to an outbox file per test. */
class SmsOutboxChannelTest extends NotificationChannelContract {

    @TempDir
    static Path dir;

    private static final AtomicInteger FILES = new AtomicInteger();
    private final Map<NotificationChannel, Path> outboxes = new IdentityHashMap<>();

    @Override
    protected NotificationChannel newChannel() {
        Path outbox = dir.resolve("outbox-" + FILES.incrementAndGet() + ".txt");
        SmsOutboxChannel channel = new SmsOutboxChannel(outbox);
        outboxes.put(channel, outbox);
        return channel;
    }

    @Override
    protected List<String> delivered(NotificationChannel channel) {
        Path file = outboxes.get(channel);
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected NotificationChannel failingChannel() {
        try {
            // the outbox's folder is a regular file: every write fails
            Path notAFolder = Files.writeString(dir.resolve("not-a-folder-" + FILES.incrementAndGet()), "x");
            return new SmsOutboxChannel(notAFolder.resolve("outbox.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Notification notification(String text) {
        return new Notification("reminder-1", new PatientId(UUID.randomUUID()), text, Instant.parse("2026-11-05T14:00:00Z"));
    }

    @Test
    void serviceLoaderFindsTheChannelThroughItsServicesFile() {
        assertThat(ServiceLoader.load(NotificationChannel.class).stream().map(ServiceLoader.Provider::type))
                .contains(SmsOutboxChannel.class);
    }

    @Test
    void aLongOrMultiLineTextBecomesOneLineWithItsSegmentsCounted() {
        String text = "Reminder:\nyour appointment is on Thu 5 Nov 2026 at 09:00. " + "Please arrive 15 minutes early. ".repeat(5);

        String line = SmsOutboxChannel.line(notification(text));

        assertThat(line).doesNotContain("\n").contains("segments=2").contains("ref=reminder-1")
                .endsWith(text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void withoutAnOutboxTheChannelPrintsToTheConsole() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SmsOutboxChannel channel = new SmsOutboxChannel(new PrintStream(console, true, StandardCharsets.UTF_8));

        channel.send(notification("Reminder: your appointment is tomorrow at 09:00."));

        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("SMS to patient:")
                .contains("| Reminder: your appointment is tomorrow at 09:00.");
        assertThat(channel).hasToString("SmsOutboxChannel[console, 1 sent]");
    }
}
