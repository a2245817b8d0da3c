package org.medcoord.core.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.Uuid7;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.BreakGlass;
import org.medcoord.core.access.BreakGlassGrant;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.internal.access.AccessGate;
import org.medcoord.core.internal.data.EncryptedDataStore;

/** Issues break-glass grants to pre-listed principals, stores them for the gate, and audits both outcomes. */
public final class DefaultBreakGlass implements BreakGlass {

    public static final String USERS_SETTING = "medcoord.break-glass.users";
    public static final String MAX_MINUTES_SETTING = "medcoord.break-glass.max-minutes";
    static final String SOURCE = "core.break-glass.grant";

    private final EncryptedDataStore store;
    private final AccessGate gate;
    private final Set<String> allowedUsers;
    private final Duration maxDuration;

    public DefaultBreakGlass(EncryptedDataStore store, AccessGate gate, Set<String> allowedUsers, Duration maxDuration) {
        this.store = store;
        this.gate = gate;
        this.allowedUsers = Set.copyOf(allowedUsers);
        this.maxDuration = maxDuration;
    }

    @Override
    public BreakGlassGrant grant(AccessContext context, String reason, Duration duration) {
        Violations violations = new Violations();
        violations.addIf(reason == null || reason.strip().length() < 10, "reason", "MC-ACCESS-002",
                "break-glass needs a reason of at least 10 characters");
        violations.addIf(reason != null && reason.length() > 1000, "reason", "MC-ACCESS-002", "a reason is at most 1000 characters");
        violations.addIf(duration == null || duration.isNegative() || duration.isZero(), "duration", "MC-ACCESS-003",
                "break-glass needs a positive duration");
        violations.addIf(duration != null && duration.compareTo(maxDuration) > 0, "duration", "MC-ACCESS-003",
                "break-glass lasts at most " + maxDuration.toMinutes() + " minutes");
        violations.throwIfAny();
        String user = context.principal().userId();
        return store.inSession(context, session -> {
            Instant now = session.now();
            if (!allowedUsers.contains(user)) {
                session.auditDenial(new AuditEvent(now, user, Optional.empty(), Action.ADMINISTER, DataCategory.ADMINISTRATION,
                        AuditOutcome.DENIED, context.purpose(), SOURCE, "break-glass", Optional.empty(), "principal is not pre-listed"));
                throw new AccessDeniedException("MC-ACCESS-004", "user " + user + " is not listed in " + USERS_SETTING
                        + " and cannot break the glass; the attempt was audited");
            }
            BreakGlassGrant grant = new BreakGlassGrant(Uuid7.next(store.clock()), user, reason.strip(), now, now.plus(duration));
            gate.store(session.transaction(), grant);
            session.audit(new AuditEvent(now, user, Optional.empty(), Action.ADMINISTER, DataCategory.ADMINISTRATION,
                    AuditOutcome.SUCCESS, context.purpose(), SOURCE, "break-glass-grant/" + grant.grantId(),
                    Optional.of(grant.grantId().toString()), "expires " + grant.expiresAt()));
            return grant;
        });
    }
}
