package org.medcoord.billing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a claim. Only the transitions {@link #next()} lists are legal:
 * draft → scrubbed → submitted → accepted | rejected; accepted → paid | partially paid | denied;
 * denied → appealed | closed; appealed → paid | partially paid | denied; paid and partially paid → closed;
 * rejected → draft (corrected) | closed; a scrubbed claim goes back to draft when it is changed; a payer's
 * reversal of its adjudication (835 claim status 22) takes a paid, partially paid or denied claim back to
 * accepted, awaiting the corrected adjudication.
 *
 * @since 0.1.0
 */
public enum ClaimStatus {
    /** Built from charges, not yet scrubbed. */
    DRAFT,
    /** Passed the scrubber without error edits. */
    SCRUBBED,
    /** Sent to the payer. */
    SUBMITTED,
    /** The payer (or clearinghouse) accepted it for adjudication. */
    ACCEPTED,
    /** The payer (or clearinghouse) rejected it as unprocessable; correct and resubmit. */
    REJECTED,
    /** Adjudicated and paid in full. */
    PAID,
    /** Adjudicated and paid in part. */
    PARTIALLY_PAID,
    /** Adjudicated and denied. */
    DENIED,
    /** A denial under appeal. */
    APPEALED,
    /** Nothing more will happen. */
    CLOSED;

    /** @return the statuses this one may move to */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCRUBBED);
            case SCRUBBED -> EnumSet.of(SUBMITTED, DRAFT);
            case SUBMITTED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
            case REJECTED -> EnumSet.of(DRAFT, CLOSED);
            case PAID, PARTIALLY_PAID -> EnumSet.of(CLOSED, ACCEPTED);
            case DENIED -> EnumSet.of(APPEALED, CLOSED, ACCEPTED);
            case APPEALED -> EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
            case CLOSED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    /**
     * @param target a status
     * @return true when moving from this status to {@code target} is legal
     */
    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    /** @return true once the payer has adjudicated (paid, partially paid or denied), so a secondary claim may follow */
    public boolean adjudicated() {
        return this == PAID || this == PARTIALLY_PAID || this == DENIED || this == CLOSED;
    }
}
