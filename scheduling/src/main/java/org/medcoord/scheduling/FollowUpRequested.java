package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A follow-up was requested (the reason stays with the request). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record FollowUpRequested(FollowUpId followUp, PatientId patient, ServiceTypeId serviceType, Instant dueFrom, Instant dueBy) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.follow-up-requested";

    @Override
    public String type() {
        return TYPE;
    }
}
