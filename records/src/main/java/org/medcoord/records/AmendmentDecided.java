package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An amendment request was filed, accepted, denied, or disagreed with. Carries ids only.
 *
 * @since 0.1.0
 */
public record AmendmentDecided(PatientId patient, AmendmentId amendment, AmendmentStatus status) implements DomainEvent {
    @Override
    public String type() {
        return "records.amendment-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
