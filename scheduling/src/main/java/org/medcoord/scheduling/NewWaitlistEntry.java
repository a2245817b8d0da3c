package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Map;
import org.medcoord.core.PatientId;

/**
 * A request to put a patient on the waitlist; checked as a whole by {@link WaitlistService#add}.
 *
 * @param patient     the patient
 * @param serviceType what they wait for
 * @param earliest    the earliest acceptable start
 * @param latest      the latest acceptable end
 * @param preferred   for some roles, the only acceptable resource (a practitioner, a site)
 * @param priority    1 (most urgent) to 9
 * @since 0.1.0
 */
public record NewWaitlistEntry(PatientId patient, ServiceTypeId serviceType, Instant earliest, Instant latest,
        Map<String, ResourceId> preferred, int priority) {
    public NewWaitlistEntry {
        preferred = preferred == null ? Map.of() : Map.copyOf(preferred);
    }

    @Override
    public String toString() {
        return "NewWaitlistEntry[" + serviceType + " p" + priority + "]";
    }
}
