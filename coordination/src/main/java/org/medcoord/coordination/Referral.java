package org.medcoord.coordination;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * An outgoing referral to another provider.
 *
 * @param id             its id
 * @param version        its version
 * @param patient        who is referred
 * @param recipient      the receiving provider or service, as staff know it (no patient data)
 * @param recipientNpi   the receiving provider's NPI, when known (checked with its Luhn digit)
 * @param specialty      the specialty referred to
 * @param reason         why (PHI: stored encrypted, never logged)
 * @param status         where it is
 * @param sent           when it was sent
 * @param appointmentAt  when the receiving provider sees the patient, once scheduled
 * @param reportReceived when the report arrived, once it did
 * @param closed         when it was closed, once it was
 * @param sentBy         the user id that sent it
 * @since 0.1.0
 */
public record Referral(ReferralId id, long version, PatientId patient, String recipient, Optional<String> recipientNpi, String specialty,
                       String reason, ReferralStatus status, Instant sent, Optional<Instant> appointmentAt,
                       Optional<Instant> reportReceived, Optional<Instant> closed, String sentBy) {
    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(recipient, "recipient");
        recipientNpi = recipientNpi == null ? Optional.empty() : recipientNpi;
        Objects.requireNonNull(specialty, "specialty");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sent, "sent");
        appointmentAt = appointmentAt == null ? Optional.empty() : appointmentAt;
        reportReceived = reportReceived == null ? Optional.empty() : reportReceived;
        closed = closed == null ? Optional.empty() : closed;
        Objects.requireNonNull(sentBy, "sentBy");
    }

    /** @return why it is overdue at {@code now}, if it is */
    public Optional<ReferralFlag> flagAt(Instant now) {
        if (status == ReferralStatus.SENT && now.isAfter(sent.plus(ReferralService.SCHEDULING_EXPECTED_WITHIN))) {
            return Optional.of(ReferralFlag.NOT_SCHEDULED);
        }
        if (status == ReferralStatus.SCHEDULED
                && appointmentAt.map(at -> now.isAfter(at.plus(ReferralService.REPORT_EXPECTED_WITHIN))).orElse(false)) {
            return Optional.of(ReferralFlag.REPORT_MISSING);
        }
        return Optional.empty();
    }

    /** @return a copy in {@code next} status with the given times */
    public Referral with(ReferralStatus next, Optional<Instant> newAppointmentAt, Optional<Instant> newReportReceived,
                         Optional<Instant> newClosed) {
        return new Referral(id, version, patient, recipient, recipientNpi, specialty, reason, next, sent, newAppointmentAt,
                newReportReceived, newClosed, sentBy);
    }

    /** Ids and status only: the reason is PHI. */
    @Override
    public String toString() {
        return "Referral[" + id + " " + status + "]";
    }
}
