package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * One line of the bed board.
 *
 * @param bed       the bed
 * @param state     free, occupied or cleaning
 * @param since     when it entered that state (the bed's registration for a bed never used)
 * @param admission the admission occupying it, when occupied
 * @param patient   the patient in it, when occupied
 * @since 0.1.0
 */
public record BedStatus(ResourceId bed, BedState state, Instant since, Optional<AdmissionId> admission, Optional<PatientId> patient) {
    public BedStatus {
        Objects.requireNonNull(bed, "bed");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        admission = admission == null ? Optional.empty() : admission;
        patient = patient == null ? Optional.empty() : patient;
    }

    @Override
    public String toString() {
        return "BedStatus[" + bed + " " + state + "]";
    }
}
