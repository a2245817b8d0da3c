package org.medcoord.billing;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Posts X12 835 remittance advice to claims and patient ledgers.
 *
 * <p><b>Matching.</b> Each claim payment (CLP) is matched to a claim by its claim control number; each
 * service payment (SVC) to a line by its line item control number (REF*6R), else by procedure code and date
 * of service. What matches nothing is reported as an {@link UnmatchedRemittanceLine} event (for the
 * coordinator's work queue) and in the result.
 *
 * <p><b>Posting.</b> For a matched claim the payer's payment becomes an
 * {@link LedgerEntryType#INSURANCE_PAYMENT} on the patient's ledger and every CO, OA, PI (and 4010 CR)
 * adjustment an {@link LedgerEntryType#ADJUSTMENT} (a write-off) with memo {@code <group>-<CARC>}; PR
 * adjustments are the patient's responsibility and stay on the patient's balance (the charges were posted at
 * capture). The claim moves to paid, partially paid (a line paid nothing, or OA/PI reductions) or denied
 * (claim status 4, or nothing paid and nothing left to the patient) with the adjustments' codes as reasons,
 * passing through accepted when it was still submitted. A reversal (claim status 22) posts the payer's
 * negative amounts as they are and takes the claim back to accepted. {@link RemittancePosted} is published
 * per claim and {@link ClaimStatusChanged} per status change.
 *
 * <p><b>All or nothing, once.</b> A file is read whole first: a malformed 835 throws the x12 reader's coded
 * {@code X12Exception} naming the segment and position, and posts nothing. A file is posted in one
 * transaction, identified by the SHA-256 of its bytes: posting the same bytes again changes nothing and
 * returns the first result marked {@link RemittancePosting#alreadyPosted()}.
 *
 * <p>Access: {@code UPDATE} of {@code BILLING} data for each patient concerned. Thread-safe.
 *
 * @since 0.1.0
 */
public interface RemittanceService {

    /**
     * Posts one 835 file.
     *
     * @param context    who asks
     * @param documentId the sender's id for the file, kept for reference (for example the clearinghouse's)
     * @param x12        the 835 interchange bytes
     * @return what was posted and what matched nothing
     */
    RemittancePosting post(AccessContext context, String documentId, byte[] x12);

    /**
     * Fetches the remittances a payer's adapter has since an instant and posts each.
     *
     * @param context who asks
     * @param payer   the payer
     * @param since   fetch documents received at or after this instant
     * @return one result per document, in the adapter's order
     */
    List<RemittancePosting> fetchAndPost(AccessContext context, PayerId payer, Instant since);
}
