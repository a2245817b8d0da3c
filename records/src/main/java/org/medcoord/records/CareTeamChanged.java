package org.medcoord.records;

import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient's care team changed. Carries ids only.
 *
 * @param patient whose care team
 * @param member  the membership concerned
 * @param change  {@code "added"}, {@code "sharing-changed"} or {@code "removed"}
 * @since 0.1.0
 */
public record CareTeamChanged(PatientId patient, CareTeamMemberId member, String change) implements DomainEvent {
    @Override
    public String type() {
        return "records.care-team-changed";
    }
}
