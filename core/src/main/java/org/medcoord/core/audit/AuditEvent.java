package org.medcoord.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.access.PurposeOfUse;

/**
 * One audited operation. Holds ids, never PHI values.
 *
 * @param at          when it happened
 * @param userId      who did it
 * @param patient     whose data, when a patient is concerned
 * @param action      what was done
 * @param category    to what kind of data
 * @param outcome     how it ended
 * @param purpose     why
 * @param source      which operation, for example {@code "records.patient.read"}
 * @param subject     the document concerned, for example {@code "patient/0190..."}; may be empty
 * @param breakGlass  the break-glass grant id when one was used, else empty
 * @param detail      a short note without PHI (a denial reason, a count); may be empty
 * @since 0.1.0
 */
public record AuditEvent(Instant at, String userId, Optional<PatientId> patient, Action action, DataCategory category,
                         AuditOutcome outcome, PurposeOfUse purpose, String source, String subject,
                         Optional<String> breakGlass, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(breakGlass, "breakGlass");
        detail = detail == null ? "" : detail;
    }
}
