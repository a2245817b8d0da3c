package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A patient was put on the waitlist. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record WaitlistEntryAdded(WaitlistEntryId entry, PatientId patient, ServiceTypeId serviceType, int priority, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.waitlist-entry-added";

    @Override
    public String type() {
        return TYPE;
    }
}
