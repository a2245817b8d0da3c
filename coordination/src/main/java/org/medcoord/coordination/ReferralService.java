package org.medcoord.coordination;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Tracks outgoing referrals from sending to closing, and flags those that stall. Checked on SCHEDULING data
 * and audited with the patient. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ReferralService {

    /** How long after sending a referral is expected to be scheduled. */
    Duration SCHEDULING_EXPECTED_WITHIN = Duration.ofDays(14);

    /** How long after the referral appointment the report is expected. */
    Duration REPORT_EXPECTED_WITHIN = Duration.ofDays(7);

    /**
     * Records a referral as sent now.
     *
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-COORD-017} without a patient,
     *         {@code MC-COORD-018} for the recipient or a malformed NPI, {@code MC-COORD-003} for the specialty or reason)
     */
    Referral send(AccessContext context, NewReferral request);

    /** @throws org.medcoord.core.NotFoundException {@code MC-COORD-404} when unknown */
    Referral get(AccessContext context, ReferralId id);

    /**
     * Records that the receiving provider sees the patient at {@code appointmentAt}.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-COORD-101} unless the referral is sent
     */
    Referral scheduled(AccessContext context, ReferralId id, Instant appointmentAt);

    /** Records that the report arrived now; the referral must be scheduled. */
    Referral reportReceived(AccessContext context, ReferralId id);

    /** Closes the referral. */
    Referral close(AccessContext context, ReferralId id);

    /** @return the patient's referrals, oldest first */
    List<Referral> forPatient(AccessContext context, PatientId patient);

    /**
     * @return every overdue referral with its flag; for each, a {@link TaskType#REFERRAL_OVERDUE} task goes to the
     *         coordinators unless one is already open for the same referral and flag
     */
    List<OverdueReferral> flagOverdue(AccessContext context);
}
