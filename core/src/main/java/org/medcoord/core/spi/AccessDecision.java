package org.medcoord.core.spi;

import java.util.Objects;

/**
 * An {@link AccessPolicy}'s answer.
 *
 * @param permitted       whether the request may go ahead
 * @param reason          why, for the audit trail; no PHI
 * @param usedBreakGlass  true when only the break-glass grant made it permitted
 * @since 0.1.0
 */
public record AccessDecision(boolean permitted, String reason, boolean usedBreakGlass) {
    public AccessDecision {
        Objects.requireNonNull(reason, "reason");
    }

    public static AccessDecision permit(String reason) {
        return new AccessDecision(true, reason, false);
    }

    public static AccessDecision permitByBreakGlass(String reason) {
        return new AccessDecision(true, reason, true);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason, false);
    }
}
