package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.PatientId;

/**
 * An inpatient stay: the beds the patient lay in, from admission to discharge.
 *
 * @param id         its id
 * @param patient    the patient
 * @param stays      the beds, in order; the last is open until discharge
 * @param discharged when the patient was discharged
 * @since 0.1.0
 */
public record Admission(AdmissionId id, PatientId patient, List<BedStay> stays, Optional<Instant> discharged) {
    public Admission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        stays = List.copyOf(stays);
        discharged = discharged == null ? Optional.empty() : discharged;
    }

    /** @return the bed the patient is in (or was last in) */
    public ResourceId currentBed() {
        return stays.get(stays.size() - 1).bed();
    }

    /** @return true until discharge */
    public boolean active() {
        return discharged.isEmpty();
    }

    @Override
    public String toString() {
        return "Admission[" + id + (active() ? " active" : " discharged") + "]";
    }
}
