package org.medcoord.scheduling.internal;

import com.google.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.medcoord.core.Extensions;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.DataSession;
import org.medcoord.scheduling.Appointment;
import org.medcoord.scheduling.WaitlistService;
import org.medcoord.scheduling.spi.Notification;
import org.medcoord.scheduling.spi.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages to patients outside reminders (waitlist offers, running late), sent after commit through the
 * channel named by {@value WaitlistService#PATIENT_CHANNEL_SETTING}; without that setting nothing is
 * sent and the events alone tell the embedding application. Texts carry the minimum necessary: times,
 * never the service or a diagnosis.
 */
final class PatientMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PatientMessages.class);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu 'at' HH:mm", Locale.ENGLISH);

    private final Extensions extensions;

    @Inject
    PatientMessages(Extensions extensions) {
        this.extensions = extensions;
    }

    private Optional<NotificationChannel> channel() {
        Optional<String> id = extensions.setting(WaitlistService.PATIENT_CHANNEL_SETTING);
        return id.flatMap(wanted -> extensions.all(NotificationChannel.class).stream().filter(c -> c.id().equals(wanted)).findFirst());
    }

    /** @return {@code instant} as the appointment's first resource's local time */
    static String local(DataSession s, Appointment a, Instant instant) {
        ZoneId zone = a.allocations().isEmpty() ? ZoneId.of("UTC")
                : s.find(Documents.RESOURCE, a.allocations().get(0).resource().asString()).map(v -> v.value().zone()).orElse(ZoneId.of("UTC"));
        return WHEN.format(instant.atZone(zone));
    }

    /** Sends after the transaction commits; a failure is logged by type only (its message may quote the text). */
    void sendAfterCommit(DataSession s, String reference, PatientId patient, String text, Instant about) {
        Optional<NotificationChannel> channel = channel();
        if (channel.isEmpty()) {
            return;
        }
        Notification notification = new Notification(reference, patient, text, about);
        s.afterCommit(() -> {
            try {
                channel.get().send(notification);
            } catch (RuntimeException e) {
                LOG.warn("MC-SCHED-202: message {} could not be sent through channel {} ({})", reference, channel.get().id(),
                        e.getClass().getName());
            }
        });
    }
}
