package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A waitlist entry was taken off the list. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record WaitlistEntryClosed(WaitlistEntryId entry, PatientId patient, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.waitlist-entry-closed";

    @Override
    public String type() {
        return TYPE;
    }
}
