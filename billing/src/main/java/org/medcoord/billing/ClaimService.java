package org.medcoord.billing;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Professional claims: building them from charges, scrubbing, submitting through a
 * {@link org.medcoord.billing.spi.PayerAdapter}, and their lifecycle ({@link ClaimStatus}). Every call is
 * checked and audited against the {@code BILLING} data category of the patient. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ClaimService {

    /**
     * Builds draft claims from open charges of one patient. Each charge goes to the primary coverage active on
     * its date of service; charges are grouped by coverage and billing provider, then split so that no claim
     * has more than {@value Claim#MAX_LINES} lines or {@value Claim#MAX_DIAGNOSES} diagnoses. Each claim gets
     * a claim control number and each line a line item control number. The charges become
     * {@link ChargeStatus#BILLED}.
     *
     * @param context who asks
     * @param patient the patient
     * @param charges open charges of the patient, at least one
     * @return the draft claims, in order of first date of service
     * @throws org.medcoord.core.ValidationException ({@code MC-BILL-050..054}) when a charge is unknown, not the
     *         patient's, not open, listed twice, or has no primary coverage active on its date of service
     */
    List<Claim> build(AccessContext context, PatientId patient, List<ChargeId> charges);

    /**
     * Builds the secondary (or tertiary) claim of an adjudicated claim, to the coverage next in order active
     * on its dates of service, with the same lines.
     *
     * @param context who asks
     * @param primary an adjudicated (paid, partially paid or denied) claim
     * @return the draft claim
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-102}) when the claim is not adjudicated yet
     * @throws org.medcoord.core.ValidationException ({@code MC-BILL-055}) when no coverage follows
     */
    Claim buildSecondary(AccessContext context, ClaimId primary);

    /**
     * @param context who asks
     * @param id      the claim
     * @return the claim
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is none
     */
    Claim claim(AccessContext context, ClaimId id);

    /**
     * @param context       who asks
     * @param controlNumber a claim control number
     * @return the claim with that control number
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is none
     */
    Claim byControlNumber(AccessContext context, String controlNumber);

    /**
     * @param context who asks
     * @param patient the patient
     * @return the patient's claims, oldest first
     */
    List<Claim> forPatient(AccessContext context, PatientId patient);

    /**
     * Runs the {@link Scrubber} on a draft claim; without error edits the claim becomes
     * {@link ClaimStatus#SCRUBBED}, with them it stays a draft.
     *
     * @param context who asks
     * @param id      a draft claim
     * @return the edits found
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-103}) when the claim is not a draft
     */
    ScrubReport scrub(AccessContext context, ClaimId id);

    /**
     * Submits a scrubbed claim through the payer adapter serving its payer, as an 837P interchange. The
     * scrubber runs again first: an error edit refuses the submission. The idempotency key is stored under a
     * unique key before the adapter is called, so a retry with the same key (after a timeout, or from
     * another thread or process) never reaches the adapter a second time once a submission succeeded: it
     * returns the first result. A key whose submission is still in flight gives a retryable
     * {@link org.medcoord.core.ConflictException} ({@code MC-BILL-105}); a key whose adapter call failed may
     * be retried and is passed to the adapter again. Audited as a disclosure to the payer; publishes
     * {@link ClaimSubmitted}.
     *
     * @param context        who asks
     * @param id             a scrubbed claim
     * @param idempotencyKey the caller's key, 1 to 128 of {@code [A-Za-z0-9._:-]}
     * @return the submission's outcome
     * @throws org.medcoord.core.ValidationException with the scrubber's error edits as violations
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-104}) when the claim is not scrubbed, or the
     *         key was used for another claim
     */
    Submission submit(AccessContext context, ClaimId id, String idempotencyKey);

    /**
     * Records a status the payer reported (accepted, rejected, paid, partially paid, denied), an appeal or
     * the closing of a claim; only legal transitions ({@link ClaimStatus#canMoveTo}). Publishes
     * {@link ClaimStatusChanged}.
     *
     * @param context who asks
     * @param id      the claim
     * @param status  the new status
     * @param reasons reason codes (CARC, rejection codes), no PHI; at least one for a denial or rejection
     * @return the updated claim
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-100}) for an illegal transition
     */
    Claim recordStatus(AccessContext context, ClaimId id, ClaimStatus status, List<String> reasons);

    /**
     * Asks the payer adapter where a submitted claim stands and records a changed status (see
     * {@link #recordStatus}).
     *
     * @param context who asks
     * @param id      a submitted claim
     * @return the claim after the answer
     */
    Claim refreshStatus(AccessContext context, ClaimId id);
}
