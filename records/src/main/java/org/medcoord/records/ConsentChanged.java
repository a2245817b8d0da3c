package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient's consent changed: a restriction was set or lifted, a permission recorded or revoked. Carries ids only.
 *
 * @param patient whose consent
 * @param change  {@code "restricted"}, {@code "unrestricted"}, {@code "permitted"} or {@code "revoked"}
 * @since 0.1.0
 */
public record ConsentChanged(PatientId patient, String change) implements DomainEvent {
    @Override
    public String type() {
        return "records.consent-changed";
    }
}
