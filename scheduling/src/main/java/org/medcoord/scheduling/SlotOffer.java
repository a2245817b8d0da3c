package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.medcoord.core.PatientId;

/**
 * Freed time offered to a waitlisted patient. While the offer is open the time is held for the patient
 * (a pending appointment that lapses with the offer), so accepting in time always books.
 *
 * @param id           its id
 * @param entry        the waitlist entry offered to
 * @param patient      the patient
 * @param hold         the pending appointment holding the time
 * @param slot         the time and resources offered
 * @param expires      when the offer lapses
 * @param status       where it stands
 * @param passedOver   entries that were offered this time before and let it go (they are not asked again)
 * @since 0.1.0
 */
public record SlotOffer(OfferId id, WaitlistEntryId entry, PatientId patient, AppointmentId hold, Slot slot, Instant expires,
        OfferStatus status, List<WaitlistEntryId> passedOver) {
    public SlotOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
        passedOver = List.copyOf(passedOver);
    }

    /** @return a copy in {@code next} status */
    public SlotOffer withStatus(OfferStatus next) {
        return new SlotOffer(id, entry, patient, hold, slot, expires, next, passedOver);
    }

    @Override
    public String toString() {
        return "SlotOffer[" + id + " " + status + "]";
    }
}
