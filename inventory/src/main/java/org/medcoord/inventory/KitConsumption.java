package org.medcoord.inventory;

import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * One kit used for a patient at an encounter. Every component is picked first-expiry-first-out at the
 * location; when any one is short nothing is consumed.
 *
 * @param kit       the kit
 * @param location  where its supplies are taken from
 * @param patient   the patient
 * @param encounter the encounter (an id of the records module; inventory does not depend on records)
 * @param reason    a note for the ledger, such as the procedure
 * @since 0.1.0
 */
public record KitConsumption(KitId kit, LocationId location, PatientId patient, UUID encounter, String reason) {
    public KitConsumption {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
        reason = reason == null ? "" : reason.strip();
    }

    /** Names ids other than the patient's only. */
    @Override
    public String toString() {
        return "KitConsumption[" + kit + " @" + location + "]";
    }
}
