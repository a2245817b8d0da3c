package org.medcoord.scheduling;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;

/**
 * The waitlist and its automatic backfill. When a booking is cancelled or a block is lifted, the most
 * urgent (then longest-waiting) entry whose window, service type and preferences fit the freed time is
 * offered the first free slot in it: the slot is held for the patient until the offer expires, a
 * {@link SlotOffered} event is published, and accepting books it. A declined or expired offer goes to
 * the next entry. Thread-safe.
 *
 * <p>Offers expire after {@value #DEFAULT_OFFER_MINUTES} minutes unless the setting
 * {@value #OFFER_MINUTES_SETTING} says otherwise, and never later than the offered start. Expiry is
 * applied by {@link #expireOffers}, which the embedding application calls periodically (every minute
 * is plenty).
 *
 * @since 0.1.0
 */
public interface WaitlistService {

    /**
     * The setting naming the {@link org.medcoord.scheduling.spi.NotificationChannel} id through which
     * offers (and running-late notices) are sent to patients after commit; without it only events are
     * published.
     */
    String PATIENT_CHANNEL_SETTING = "medcoord.scheduling.patient-channel";

    /** The setting naming how long an offer stays open, in minutes (1 to 10080). */
    String OFFER_MINUTES_SETTING = "medcoord.scheduling.offer-minutes";
    /** The default offer lifetime in minutes. */
    int DEFAULT_OFFER_MINUTES = 120;

    /**
     * @throws org.medcoord.core.ValidationException for a missing patient, an unknown service type, a
     *         window that ends before it starts or lies in the past, unknown roles or non-candidate
     *         preferences, or a priority outside 1 to 9
     */
    WaitlistEntry add(AccessContext context, NewWaitlistEntry request);

    /** @throws org.medcoord.core.NotFoundException when no such entry exists */
    WaitlistEntry get(AccessContext context, WaitlistEntryId entry);

    /** Takes an entry off the list; an open offer to it is withdrawn and passed on. */
    WaitlistEntry close(AccessContext context, WaitlistEntryId entry);

    /** @return the offer, or empty */
    Optional<SlotOffer> offer(AccessContext context, OfferId offer);

    /** @return every offer made to the entry, oldest first */
    List<SlotOffer> offers(AccessContext context, WaitlistEntryId entry);

    /**
     * Accepts an open offer: the held time becomes a booking.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-SCHED-109} when the offer is no longer open or
     *         has expired
     */
    Appointment accept(AccessContext context, OfferId offer);

    /** Declines an open offer; the time goes to the next entry. */
    SlotOffer decline(AccessContext context, OfferId offer);

    /**
     * Expires every open offer whose time is up, releases its hold and offers the time to the next entry.
     *
     * @return how many offers expired
     */
    int expireOffers(AccessContext context);
}
