package org.medcoord.inventory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.DataSession;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.Movement;

/**
 * Records which lots reached which patient, indexed by lot, so that a recall finds its patients with one
 * query instead of reading every item's ledger.
 */
final class Dispenses {

    private Dispenses() {
    }

    static void record(DataSession session, Movement movement, PatientId patient, Optional<UUID> encounter, LocationId location) {
        Map<LotId, Documents.DispensedLot> byLot = new LinkedHashMap<>();
        for (LedgerEntry entry : movement.entries()) {
            byLot.merge(entry.lot(), new Documents.DispensedLot(entry.item(), entry.lot(), -entry.delta()),
                    (a, b) -> new Documents.DispensedLot(a.item(), a.lot(), a.quantity() + b.quantity()));
        }
        session.insert(Documents.DISPENSE, movement.id().asString(),
                new Documents.Dispense(movement.id(), patient, encounter, location, session.now(), List.copyOf(byLot.values())));
    }
}
