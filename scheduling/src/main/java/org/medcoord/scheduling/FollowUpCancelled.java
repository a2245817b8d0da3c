package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A follow-up request was cancelled. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record FollowUpCancelled(FollowUpId followUp, PatientId patient, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.follow-up-cancelled";

    @Override
    public String type() {
        return TYPE;
    }
}
