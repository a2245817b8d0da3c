package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A history entry was recorded; the type names its kind ({@code records.allergy-recorded},
 * {@code records.problem-recorded}, ...). Carries ids only.
 *
 * @since 0.1.0
 */
public record HistoryEntryRecorded(PatientId patient, HistoryEntryId entry, HistoryKind kind) implements DomainEvent {
    @Override
    public String type() {
        return "records." + kind.label() + "-recorded";
    }
}
