package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient record was merged into a survivor; {@code movedEntries} clinical documents moved. Carries ids only.
 *
 * @since 0.1.0
 */
public record PatientsMerged(PatientId survivor, PatientId merged, int movedEntries) implements DomainEvent {
    @Override
    public String type() {
        return "records.patients-merged";
    }
}
