package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A follow-up the patient should book, tracked until an appointment of its service type is booked in
 * its due window.
 *
 * @param id          its id
 * @param patient     the patient
 * @param serviceType what should be booked
 * @param dueFrom     earliest sensible start
 * @param dueBy       latest sensible start
 * @param reason      why
 * @param status      where it stands
 * @param appointment the appointment that fulfils it, once booked
 * @param requested   when it was requested
 * @since 0.1.0
 */
public record FollowUp(FollowUpId id, PatientId patient, ServiceTypeId serviceType, Instant dueFrom, Instant dueBy, String reason,
        FollowUpStatus status, Optional<AppointmentId> appointment, Instant requested) {
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(dueFrom, "dueFrom");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        appointment = appointment == null ? Optional.empty() : appointment;
        Objects.requireNonNull(requested, "requested");
    }

    /** @return true when still open after {@code dueBy} */
    public boolean overdueAt(Instant now) {
        return status == FollowUpStatus.OPEN && now.isAfter(dueBy);
    }

    @Override
    public String toString() {
        return "FollowUp[" + id + " " + status + "]";
    }
}
