package org.medcoord.inventory;

import java.util.List;
import java.util.Objects;

/**
 * What one stock operation did: the ledger entries it appended, in the order written.
 *
 * @param id      the movement's id, carried by each entry
 * @param type    why stock moved
 * @param entries the ledger entries
 * @since 0.1.0
 */
public record Movement(MovementId id, MovementType type, List<LedgerEntry> entries) {
    public Movement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        entries = List.copyOf(entries);
    }

    /** @return the sum of the entries' deltas in base units (0 for a transfer) */
    public long netChange() {
        return entries.stream().mapToLong(LedgerEntry::delta).sum();
    }

    @Override
    public String toString() {
        return "Movement[" + id + " " + type + ", " + entries.size() + " entries]";
    }
}
