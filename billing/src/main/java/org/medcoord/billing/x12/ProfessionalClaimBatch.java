package org.medcoord.billing.x12;

import java.util.List;

/**
 * The content of one 837P interchange: the envelope, submitter, receiver and claims. The writer puts
 * all claims in one ST/SE transaction set; the reader returns one batch per transaction set.
 *
 * @param envelope  ISA/GS
 * @param submitter loop 1000A
 * @param receiver  loop 1000B
 * @param claims    the claims, at least one
 * @since 0.1.0
 */
public record ProfessionalClaimBatch(
        InterchangeEnvelope envelope, Submitter submitter, Receiver receiver, List<ProfessionalClaim> claims) {

    /**
     * Copies the claims; {@code null} becomes empty.
     *
     * @param envelope the {@code envelope} component
     * @param submitter the {@code submitter} component
     * @param receiver the {@code receiver} component
     * @param claims the {@code claims} component
     */
    public ProfessionalClaimBatch {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** @return a form without PHI */
    @Override
    public String toString() {
        return "ProfessionalClaimBatch[claims=" + claims.size() + "]";
    }
}
