package org.medcoord.billing;

import java.util.List;
import java.util.Objects;

/**
 * What the scrubber found on a claim.
 *
 * @param claim the claim checked
 * @param edits every edit, errors first
 * @since 0.1.0
 */
public record ScrubReport(ClaimId claim, List<ClaimEdit> edits) {
    /** Checks the claim is present and copies the edits. */
    public ScrubReport {
        Objects.requireNonNull(claim, "claim");
        edits = List.copyOf(edits);
    }

    /** @return true when no edit is an error, so the claim may be submitted */
    public boolean clean() {
        return edits.stream().noneMatch(ClaimEdit::blocking);
    }

    /** @return the error edits */
    public List<ClaimEdit> errors() {
        return edits.stream().filter(ClaimEdit::blocking).toList();
    }

    /** @return the codes of every edit, in order */
    public List<String> codes() {
        return edits.stream().map(ClaimEdit::code).toList();
    }
}
