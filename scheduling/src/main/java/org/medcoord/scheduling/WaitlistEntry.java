package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * A patient waiting for earlier time: offered freed time automatically when a booking is cancelled or
 * a block is lifted, most urgent first, then first come.
 *
 * @param id          its id
 * @param patient     the patient
 * @param serviceType what they wait for
 * @param earliest    earliest acceptable start
 * @param latest      latest acceptable end
 * @param preferred   roles with the only acceptable resource
 * @param priority    1 (most urgent) to 9
 * @param status      where it stands
 * @param added       when it was added
 * @since 0.1.0
 */
public record WaitlistEntry(WaitlistEntryId id, PatientId patient, ServiceTypeId serviceType, Instant earliest, Instant latest,
        Map<String, ResourceId> preferred, int priority, WaitlistStatus status, Instant added) {
    public WaitlistEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        preferred = Map.copyOf(preferred);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(added, "added");
    }

    /** @return a copy in {@code next} status */
    public WaitlistEntry withStatus(WaitlistStatus next) {
        return new WaitlistEntry(id, patient, serviceType, earliest, latest, preferred, priority, next, added);
    }

    @Override
    public String toString() {
        return "WaitlistEntry[" + id + " " + status + "]";
    }
}
