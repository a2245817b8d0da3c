package org.medcoord.inventory;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * Stock used at a location. Without a lot, {@link StockService#consume} picks first-expiry-first-out:
 * the usable lots that expire earliest (lots without expiry last), across several lots when one does not
 * suffice. With a lot, only that lot is used, and it must be usable.
 *
 * @param item      the item
 * @param location  where it is used
 * @param quantity  how much
 * @param lot       a lot chosen by the user, or empty for FEFO
 * @param patient   the patient it was used for, when linked to care (the operation is then audited)
 * @param encounter the encounter (an id of the records module), when linked to care
 * @param reason    a note for the ledger
 * @since 0.1.0
 */
public record Consumption(ItemId item, LocationId location, Quantity quantity, Optional<LotId> lot,
                          Optional<PatientId> patient, Optional<UUID> encounter, String reason) {
    public Consumption {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
        reason = reason == null ? "" : reason.strip();
    }

    /** @return a FEFO consumption not linked to a patient */
    public static Consumption fefo(ItemId item, LocationId location, Quantity quantity) {
        return new Consumption(item, location, quantity, Optional.empty(), Optional.empty(), Optional.empty(), "used");
    }

    /** @return a copy that uses only {@code chosen} */
    public Consumption fromLot(LotId chosen) {
        return new Consumption(item, location, quantity, Optional.of(chosen), patient, encounter, reason);
    }

    /** @return a copy linked to a patient and encounter */
    public Consumption forPatient(PatientId who, UUID encounterId) {
        return new Consumption(item, location, quantity, lot, Optional.of(who), Optional.of(encounterId), reason);
    }
}
