package org.medcoord.records.internal;

import org.medcoord.core.PatientId;
import org.medcoord.records.EntryStatus;
import org.medcoord.records.HistoryItem;
import org.medcoord.records.Provenance;
import org.medcoord.records.SensitiveCategory;
import java.util.Set;

/** A history entry as stored. */
record StoredEntry(PatientId patient, HistoryItem item, EntryStatus status, Provenance provenance, String updatedBy,
                   Set<SensitiveCategory> sensitivity) {

    StoredEntry {
        sensitivity = sensitivity == null ? Set.of() : Set.copyOf(sensitivity);
    }

    StoredEntry withStatus(EntryStatus value, String by) {
        return new StoredEntry(patient, item, value, provenance, by, sensitivity);
    }

    StoredEntry movedTo(PatientId survivor) {
        return new StoredEntry(survivor, item, status, provenance, updatedBy, sensitivity);
    }

    @Override
    public String toString() {
        return "StoredEntry[" + item.kind() + " " + status + "]";
    }
}
