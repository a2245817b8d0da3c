package org.medcoord.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;

/**
 * One append-only line of an item's stock ledger: a change of the quantity of one lot at one location.
 * There is no way to change or delete an entry; mistakes are corrected by an {@link MovementType#ADJUST}.
 *
 * @param movement  the movement that wrote it (a transfer or a kit writes several entries)
 * @param type      why stock moved
 * @param item      the item
 * @param location  the location
 * @param lot       the lot
 * @param delta     the change in base units: positive in, negative out, never zero
 * @param onHandAfter the lot's quantity at the location after this entry
 * @param reason    why, in the user's words (no patient data)
 * @param userId    who
 * @param at        when
 * @param patient   the patient who received the stock, for consumptions linked to care
 * @param encounter the encounter (an id of the records module) the consumption belongs to
 * @param kit       the kit consumed, when the entry is part of one
 * @since 0.1.0
 */
public record LedgerEntry(MovementId movement, MovementType type, ItemId item, LocationId location, LotId lot, long delta,
                          long onHandAfter, String reason, String userId, Instant at, Optional<PatientId> patient,
                          Optional<UUID> encounter, Optional<KitId> kit) {
    public LedgerEntry {
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(encounter, "encounter");
        Objects.requireNonNull(kit, "kit");
    }

    /** Names ids and numbers only: the patient link is PHI. */
    @Override
    public String toString() {
        return "LedgerEntry[" + type + " " + item + " @" + location + " lot " + lot + " " + delta + " -> " + onHandAfter + "]";
    }
}
