package org.medcoord.billing;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of posting one 835 file.
 *
 * @param remittanceId  the SHA-256 (hex) of the file's bytes, its identity for idempotency
 * @param documentId    the sender's id for the file
 * @param alreadyPosted true when these bytes had been posted before and nothing changed now
 * @param claims        the claim payments posted, in file order
 * @param unmatched     the claim or service payments that matched nothing, in file order
 * @param warnings      the codes of the defects the reader tolerated (x12 {@code MC-EDI-2NN})
 * @param posted        when it was (first) posted
 * @since 0.1.0
 */
public record RemittancePosting(String remittanceId, String documentId, boolean alreadyPosted, List<PostedClaimPayment> claims,
                                List<UnmatchedPayment> unmatched, List<String> warnings, java.time.Instant posted) {
    /** Checks the components are present and copies the lists. */
    public RemittancePosting {
        Objects.requireNonNull(remittanceId, "remittanceId");
        Objects.requireNonNull(documentId, "documentId");
        claims = List.copyOf(claims);
        unmatched = List.copyOf(unmatched);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(posted, "posted");
    }

    /** @return a copy marked as posted before */
    public RemittancePosting asAlreadyPosted() {
        return new RemittancePosting(remittanceId, documentId, true, claims, unmatched, warnings, posted);
    }
}
