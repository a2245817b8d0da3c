package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A history entry's status changed (resolved, entered in error, ...). Carries ids only.
 *
 * @since 0.1.0
 */
public record HistoryEntryStatusChanged(PatientId patient, HistoryEntryId entry, EntryStatus status) implements DomainEvent {
    @Override
    public String type() {
        return "records.history-status-changed";
    }
}
