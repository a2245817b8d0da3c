package org.medcoord.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Emergency access beyond a principal's roles: issued only to pre-listed principals, with a reason,
 * until {@code expiresAt}. Issuing it and every use of it are audited.
 *
 * @param grantId   identifies the grant in the audit trail
 * @param userId    the principal it was issued to
 * @param reason    why; required, stored in the audit trail
 * @param issuedAt  when it was issued
 * @param expiresAt when it stops working
 * @since 0.1.0
 */
public record BreakGlassGrant(UUID grantId, String userId, String reason, Instant issuedAt, Instant expiresAt) {
    public BreakGlassGrant {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a break-glass grant must expire after it is issued");
        }
    }

    /** @return true when the grant is in force at {@code now} */
    public boolean activeAt(Instant now) {
        return !now.isBefore(issuedAt) && now.isBefore(expiresAt);
    }

    /** The reason may describe a patient's condition: keep it out of logs. */
    @Override
    public String toString() {
        return "BreakGlassGrant[" + grantId + " for " + userId + " until " + expiresAt + "]";
    }
}
