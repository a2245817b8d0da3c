package org.medcoord.example.sms;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;

/**
 * A notification channel with the id {@value #ID} that writes each notification as one SMS-shaped line
 * (recipient, reference, segment count, text on one line) to an outbox file, or to the console when no
 * file is set. A real vendor would hand the same line to its SMS gateway; the file stands in for it.
 *
 * <p>Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.medcoord.scheduling.spi.NotificationChannel}; the no-arg constructor reads
 * the outbox path from the system property {@value #OUTBOX_PROPERTY} (unset: the console). Or register an
 * instance on {@code MedCoord.builder().provider(NotificationChannel.class, new SmsOutboxChannel(path))};
 * explicit providers win over discovered ones with the same id.
 *
 * <p>Thread-safe: lines from concurrent sends never interleave. A failed write throws
 * {@link UncheckedIOException} naming the reference and the outbox, never the text (MedCoord retries the
 * reminder on a later dispatch). {@link #toString()} shows no patient data.
 *
 * @since 0.1.0
 */
public final class SmsOutboxChannel implements NotificationChannel {

    /** The channel id reminder rules name. */
    public static final String ID = "sms";

    /** The system property the no-arg constructor reads: the path of the outbox file. */
    public static final String OUTBOX_PROPERTY = "medcoord.example.sms.outbox";

    /** Characters in one SMS segment (GSM-7); longer texts are sent as several segments. */
    static final int SEGMENT = 160;

    private final Optional<Path> outbox;
    private final PrintStream console;
    private final AtomicLong sent = new AtomicLong();

    /** For {@link java.util.ServiceLoader}: the outbox named by {@value #OUTBOX_PROPERTY}, else the console. */
    public SmsOutboxChannel() {
        this(Optional.ofNullable(System.getProperty(OUTBOX_PROPERTY)).filter(p -> !p.isBlank()).map(Path::of), System.out);
    }

    /** Appends to {@code outbox} (created when missing, with its folders). */
    public SmsOutboxChannel(Path outbox) {
        this(Optional.of(Objects.requireNonNull(outbox, "outbox")), System.out);
    }

    /** Prints to {@code console}. */
    public SmsOutboxChannel(PrintStream console) {
        this(Optional.empty(), Objects.requireNonNull(console, "console"));
    }

    private SmsOutboxChannel(Optional<Path> outbox, PrintStream console) {
        this.outbox = outbox;
        this.console = console;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void send(Notification notification) {
        String line = line(notification);
        synchronized (this) {
            if (outbox.isPresent()) {
                append(outbox.get(), line, notification.reference());
            } else {
                console.println(line);
                if (console.checkError()) {
                    throw new UncheckedIOException(new IOException("MC-EXAMPLE-002: the console refused notification "
                            + notification.reference()));
                }
            }
        }
        sent.incrementAndGet();
    }

    /** @return the SMS-shaped line for one notification: no line breaks inside, segments counted */
    static String line(Notification notification) {
        String text = notification.text().replaceAll("\\s+", " ").strip();
        int segments = Math.max(1, (text.length() + SEGMENT - 1) / SEGMENT);
        return "SMS to patient:" + notification.patient().asString() + " ref=" + notification.reference()
                + " segments=" + segments + " | " + text;
    }

    private static void append(Path file, String line, String reference) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            // the cause's message names the file, never the text
            throw new UncheckedIOException("MC-EXAMPLE-001: could not write notification " + reference + " to the outbox "
                    + file + "; check that the folder is writable", e);
        }
    }

    /** @return where messages go and how many were sent; never a message */
    @Override
    public String toString() {
        return "SmsOutboxChannel[" + outbox.map(p -> "outbox " + p).orElse("console") + ", " + sent.get() + " sent]";
    }
}
