package org.medcoord.records;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;

/**
 * A request to order a medication.
 *
 * @param patient      for whom
 * @param drug         the drug (RxNorm or NDC)
 * @param dose         how much per administration, with its unit
 * @param route        how it is given
 * @param frequency    how often
 * @param zone         the patient's time zone, in which times-of-day schedules are expanded
 * @param start        the first dose is due at or after this instant
 * @param stop         no dose is due at or after this instant; empty for open-ended
 * @param location     the ward or unit whose overdue list the order's doses appear on, for example {@code "4-west"}
 * @param acknowledged keys of the {@link OrderWarning}s the prescriber has seen and accepts
 * @since 0.1.0
 */
public record OrderMedication(PatientId patient, Coding drug, Dose dose, Route route, Frequency frequency,
                              ZoneId zone, Instant start, Optional<Instant> stop, String location, Set<String> acknowledged) {
    public OrderMedication {
        stop = stop == null ? Optional.empty() : stop;
        location = location == null ? "" : location.strip();
        acknowledged = acknowledged == null ? Set.of() : Set.copyOf(acknowledged);
    }

    /** @return this request acknowledging {@code warnings} */
    public OrderMedication acknowledging(java.util.Collection<OrderWarning> warnings) {
        Set<String> keys = new java.util.HashSet<>(acknowledged);
        warnings.forEach(w -> keys.add(w.key()));
        return new OrderMedication(patient, drug, dose, route, frequency, zone, start, stop, location, keys);
    }

    @Override
    public String toString() {
        return "OrderMedication[" + patient + "]";
    }

}
