package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * One entry of a patient's history, as read.
 *
 * @param id         the entry id
 * @param version    the version to pass to the next change
 * @param patient    whose history
 * @param item       what it says
 * @param status     whether it still holds
 * @param provenance who recorded it, when, from what source
 * @param updatedAt  when this version was written
 * @param updatedBy  who wrote this version
 * @param sensitivity the sensitive categories the entry falls in; empty for most
 * @since 0.1.0
 */
public record HistoryEntry(HistoryEntryId id, long version, PatientId patient, HistoryItem item, EntryStatus status,
                           Provenance provenance, Instant updatedAt, String updatedBy,
                           java.util.Set<SensitiveCategory> sensitivity) {
    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        sensitivity = java.util.Set.copyOf(sensitivity);
    }

    /** @return the kind of entry */
    public HistoryKind kind() {
        return item.kind();
    }

    /** Prints ids, kind and status only. */
    @Override
    public String toString() {
        return "HistoryEntry[" + id + " v" + version + " " + item.kind() + " " + status + " of patient " + patient + "]";
    }
}
