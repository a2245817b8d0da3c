package org.medcoord.records;

import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An encounter was opened, for a scheduling appointment when {@code appointment} is present. Carries ids only.
 *
 * @since 0.1.0
 */
public record EncounterOpened(PatientId patient, EncounterId encounter, Optional<UUID> appointment) implements DomainEvent {
    @Override
    public String type() {
        return "records.encounter-opened";
    }
}
