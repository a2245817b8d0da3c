package org.medcoord.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a claim's history.
 *
 * @param from    the status before
 * @param to      the status after
 * @param at      when
 * @param reasons reason codes (for example CARC codes of a denial or a clearinghouse rejection code); no PHI
 * @since 0.1.0
 */
public record StatusChange(ClaimStatus from, ClaimStatus to, Instant at, List<String> reasons) {
    /** Checks the components are present and copies the reasons. */
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        reasons = List.copyOf(reasons);
    }
}
