package org.medcoord.coordination;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A note from one member of staff to another (or to a role) about a patient.
 *
 * @param id           its id
 * @param patient      whom it is about
 * @param author       the writer's user id
 * @param recipient    a user id, or {@code role:<name>} for everyone holding that role
 * @param text         the note (PHI: stored encrypted, never logged)
 * @param written      when it was written
 * @param acknowledged when the recipient acknowledged it, once they did
 * @param acknowledgedBy who acknowledged it, once someone did
 * @since 0.1.0
 */
public record HandoffNote(HandoffId id, PatientId patient, String author, String recipient, String text, Instant written,
                          Optional<Instant> acknowledged, Optional<String> acknowledgedBy) {
    public HandoffNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
        acknowledged = acknowledged == null ? Optional.empty() : acknowledged;
        acknowledgedBy = acknowledgedBy == null ? Optional.empty() : acknowledgedBy;
    }

    /** The text is PHI. */
    @Override
    public String toString() {
        return "HandoffNote[" + id + "]";
    }
}
