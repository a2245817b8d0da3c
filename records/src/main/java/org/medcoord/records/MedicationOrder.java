package org.medcoord.records;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.code.Coding;

/**
 * A medication order, as read.
 *
 * @param id           the order id
 * @param version      the version to pass to {@link MedicationSchedules#stop}
 * @param patient      for whom
 * @param drug         the drug
 * @param dose         per administration
 * @param route        how it is given
 * @param frequency    how often
 * @param zone         the patient's time zone
 * @param start        first dose at or after
 * @param stop         no dose at or after, when set
 * @param location     the ward or unit
 * @param status       active or stopped
 * @param orderedBy    the prescriber's user id
 * @param acknowledged the warnings the prescriber acknowledged
 * @since 0.1.0
 */
public record MedicationOrder(MedicationOrderId id, long version, PatientId patient, Coding drug, Dose dose, Route route,
                              Frequency frequency, ZoneId zone, Instant start, Optional<Instant> stop, String location, OrderStatus status,
                              String orderedBy, List<String> acknowledged) {
    public MedicationOrder {
        Objects.requireNonNull(id, "id");
        acknowledged = List.copyOf(acknowledged);
    }

    /** Prints ids and status only: the drug is PHI in a patient's context. */
    @Override
    public String toString() {
        return "MedicationOrder[" + id + " v" + version + " " + status + " of patient " + patient + "]";
    }
}
