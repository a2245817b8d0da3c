package org.medcoord.core.access;

import java.time.Duration;

/**
 * Issues break-glass grants: emergency access beyond a principal's roles. Only principals listed in
 * the {@code medcoord.break-glass.users} setting (comma-separated user ids) may obtain one; a reason is
 * required; the grant lasts at most {@code medcoord.break-glass.max-minutes} (default 60). Issuing,
 * refusing and every use are audited. Thread-safe.
 *
 * @since 0.1.0
 */
public interface BreakGlass {

    /**
     * Issues a grant to {@code context.principal()} in {@code context.tenant()}. Use it with
     * {@link AccessContext#withBreakGlass(BreakGlassGrant)}.
     *
     * @param reason   why emergency access is needed (at least 10 characters); kept in the audit trail
     * @param duration how long; at most the configured maximum
     * @throws org.medcoord.core.ValidationException when the reason or duration is unacceptable
     * @throws org.medcoord.core.AccessDeniedException when the principal is not pre-listed (audited)
     */
    BreakGlassGrant grant(AccessContext context, String reason, Duration duration);
}
