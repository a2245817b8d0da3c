package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * An appointment (or, while {@link AppointmentStatus#PENDING}, a hold): a patient, a service type, a
 * time and every resource it holds.
 *
 * @param id             its id
 * @param patient        the patient
 * @param serviceType    what is booked
 * @param start          when it starts
 * @param end            when it ends
 * @param status         where it is in its life
 * @param allocations    one per required role
 * @param holdExpires    while pending: when the hold lapses unless confirmed
 * @param idempotencyKey the caller's key, when one was given
 * @param cancelReason   why it was cancelled, once it was
 * @param changedBy      the user id of the last change
 * @since 0.1.0
 */
public record Appointment(AppointmentId id, PatientId patient, ServiceTypeId serviceType, Instant start, Instant end,
        AppointmentStatus status, List<Allocation> allocations, Optional<Instant> holdExpires, Optional<String> idempotencyKey,
        Optional<String> cancelReason, String changedBy) {
    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        allocations = List.copyOf(allocations);
        holdExpires = holdExpires == null ? Optional.empty() : holdExpires;
        idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
        cancelReason = cancelReason == null ? Optional.empty() : cancelReason;
        Objects.requireNonNull(changedBy, "changedBy");
    }

    /**
     * @return true when this appointment takes capacity at {@code now}: booked, arrived or fulfilled,
     *         or a hold that has not lapsed
     */
    public boolean occupiesAt(Instant now) {
        return switch (status) {
            case BOOKED, ARRIVED, FULFILLED -> true;
            case PENDING -> holdExpires.map(now::isBefore).orElse(true);
            default -> false;
        };
    }

    /** @return the resource ids it holds */
    public List<ResourceId> resources() {
        return allocations.stream().map(Allocation::resource).toList();
    }

    /** @return a copy in {@code next} status, changed by {@code user} */
    public Appointment withStatus(AppointmentStatus next, String user) {
        return new Appointment(id, patient, serviceType, start, end, next, allocations,
                next == AppointmentStatus.PENDING ? holdExpires : Optional.empty(), idempotencyKey, cancelReason, user);
    }

    /** @return a cancelled copy */
    public Appointment cancelled(String reason, String user) {
        return new Appointment(id, patient, serviceType, start, end, AppointmentStatus.CANCELLED, allocations, Optional.empty(),
                idempotencyKey, Optional.of(reason), user);
    }

    /** @return a copy moved to another time and set of resources */
    public Appointment movedTo(Instant newStart, Instant newEnd, List<Allocation> newAllocations, String user) {
        return new Appointment(id, patient, serviceType, newStart, newEnd, status, newAllocations, holdExpires, idempotencyKey,
                cancelReason, user);
    }

    /** Ids and status only: the patient is PHI in context. */
    @Override
    public String toString() {
        return "Appointment[" + id + " " + status.fhirCode() + "]";
    }
}
