package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An offer was declined, expired or withdrawn; its time goes to the next entry. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record SlotOfferLapsed(OfferId offer, WaitlistEntryId entry, PatientId patient, OfferStatus status, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.slot-offer-lapsed";

    @Override
    public String type() {
        return TYPE;
    }
}
