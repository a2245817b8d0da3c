package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * Freed time was offered to a waitlisted patient and is held for them until {@code expires}. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record SlotOffered(OfferId offer, WaitlistEntryId entry, PatientId patient, AppointmentId hold, Instant start, Instant end, Instant expires) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.slot-offered";

    @Override
    public String type() {
        return TYPE;
    }
}
