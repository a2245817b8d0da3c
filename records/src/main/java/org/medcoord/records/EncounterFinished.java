package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An encounter ended. Carries ids only.
 *
 * @since 0.1.0
 */
public record EncounterFinished(PatientId patient, EncounterId encounter) implements DomainEvent {
    @Override
    public String type() {
        return "records.encounter-finished";
    }
}
