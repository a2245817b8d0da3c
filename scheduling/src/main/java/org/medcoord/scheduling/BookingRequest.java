package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * A request to book (or hold) a service for a patient at a start time, on one chosen resource per
 * required role. Checked as a whole by {@link AppointmentService}.
 *
 * @param patient        the patient
 * @param serviceType    what to book
 * @param start          when it starts (the end follows from the service type's duration)
 * @param resources      for every role of the service type, the resource chosen to fill it
 * @param idempotencyKey a caller-chosen key (1 to 128 characters): repeating a request with the same
 *                       key returns the first result instead of booking twice
 * @since 0.1.0
 */
public record BookingRequest(PatientId patient, ServiceTypeId serviceType, Instant start, Map<String, ResourceId> resources,
        Optional<String> idempotencyKey) {
    public BookingRequest {
        resources = resources == null ? Map.of() : Map.copyOf(resources);
        idempotencyKey = idempotencyKey == null ? Optional.empty() : idempotencyKey;
    }

    /** @return a request without an idempotency key */
    public static BookingRequest of(PatientId patient, ServiceTypeId serviceType, Instant start, Map<String, ResourceId> resources) {
        return new BookingRequest(patient, serviceType, start, resources, Optional.empty());
    }

    /** @return a copy carrying {@code key} */
    public BookingRequest withIdempotencyKey(String key) {
        return new BookingRequest(patient, serviceType, start, resources, Optional.of(key));
    }

    /** @return a request for the resources of a slot found by {@link SlotSearch} */
    public static BookingRequest forSlot(PatientId patient, ServiceTypeId serviceType, Slot slot) {
        return of(patient, serviceType, slot.start(), slot.resources());
    }

    @Override
    public String toString() {
        return "BookingRequest[" + serviceType + " at " + start + "]";
    }
}
