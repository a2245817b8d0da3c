package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * A waitlisted patient accepted an offer and is booked. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record SlotOfferAccepted(OfferId offer, WaitlistEntryId entry, PatientId patient, AppointmentId appointment) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.slot-offer-accepted";

    @Override
    public String type() {
        return TYPE;
    }
}
