package org.medcoord.scheduling.spi;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * One message for one patient. It carries the minimum necessary: the patient's id (the channel looks up
 * where to send it in the vendor's own directory) and a short text that names no diagnosis, and no
 * service unless the reminder rule allows it.
 *
 * @param reference a stable id of what is sent (a reminder id): the same reference is never handed to a
 *                  channel twice by one MedCoord deployment, so a channel may use it to drop duplicates
 * @param patient   the recipient
 * @param text      the message
 * @param about     the start of the appointment it concerns
 * @since 0.1.0
 */
public record Notification(String reference, PatientId patient, String text, Instant about) {
    public Notification {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(about, "about");
    }

    /** Names the reference only: the text is patient data. */
    @Override
    public String toString() {
        return "Notification[" + reference + "]";
    }
}
