package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * A patient who received stock of a recalled lot.
 *
 * @param patient   the patient
 * @param encounter the encounter, when the consumption named one
 * @param location  where the stock was taken from
 * @param quantity  how much, in base units
 * @param at        when
 * @param movement  the consumption's movement id, to find its ledger entries
 * @since 0.1.0
 */
public record RecallExposure(PatientId patient, Optional<UUID> encounter, LocationId location, long quantity, Instant at,
                             MovementId movement) {
    public RecallExposure {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(movement, "movement");
    }

    /** Names the movement only: the patient link is PHI. */
    @Override
    public String toString() {
        return "RecallExposure[" + movement + "]";
    }
}
