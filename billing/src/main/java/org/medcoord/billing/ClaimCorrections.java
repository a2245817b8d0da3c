package org.medcoord.billing;

import org.medcoord.core.access.AccessContext;

/**
 * Corrections to a claim before it leaves the practice: when the scrubber (or a payer's
 * {@link org.medcoord.billing.spi.ClaimRule}) catches a line, billing staff correct that line's modifiers,
 * diagnosis pointers or units on the draft or scrubbed claim, then scrub it again and submit it. A claim
 * that was submitted is no longer corrected here: the payer has it (a rejected claim goes back to draft
 * through {@link ClaimService#recordStatus}). Every call is checked and audited against the {@code BILLING}
 * data category of the patient. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ClaimCorrections {

    /**
     * Corrects one line of a draft or scrubbed claim, and the charge it bills, in one transaction. Changed units
     * scale the line charge by its unit price and post the difference to the patient's ledger as an adjustment.
     * A scrubbed claim goes back to {@link ClaimStatus#DRAFT} (with the correction's reason code in its history),
     * so it is scrubbed again before it is submitted. Publishes {@link ClaimLineCorrected} (and
     * {@link ClaimStatusChanged} when the claim goes back to draft).
     *
     * @param context    who asks
     * @param claim      a draft or scrubbed claim
     * @param correction the line's corrected values
     * @return the corrected claim
     * @throws org.medcoord.core.ValidationException listing every problem: an unknown line ({@code MC-BILL-080}), a
     *         correction that changes nothing ({@code MC-BILL-081}), a malformed reason code ({@code MC-BILL-082}),
     *         more than four modifiers ({@code MC-BILL-031}) or malformed ones (core's {@code MC-CODE-*}), units out of
     *         1 to 9999 ({@code MC-BILL-032}), pointers that are not 1 to 4 distinct positions in the claim's diagnoses
     *         ({@code MC-BILL-036}); nothing is changed
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-110}) when the claim was submitted already (or is
     *         further along); nothing is changed
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is no such claim
     */
    Claim correctLine(AccessContext context, ClaimId claim, LineCorrection correction);
}
