package org.medcoord.core.audit;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Reads and checks a tenant's audit trail. There is deliberately no method to change or delete an
 * entry. Events are written by the services that do PHI operations, inside their transactions.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public interface AuditTrail {

    /**
     * Walks the tenant's whole chain and names the first broken entry.
     * Requires the {@code auditor} or {@code admin} role; the check is itself audited.
     */
    AuditVerification verify(AccessContext context);

    /**
     * The events in {@code [from, to)}, sorted by {@code sortBy} (ties by sequence).
     * Requires the {@code auditor} role; the report is itself audited.
     *
     * @param limit at most this many entries, 1 to 100,000
     */
    List<AuditEntry> report(AccessContext context, Instant from, Instant to, AuditField sortBy, boolean ascending, int limit);

    /**
     * Switches auditing of successful reads and searches off or on for the context's tenant. Writes,
     * exports, disclosures and denied attempts are always audited. Requires the {@code admin} role; the
     * switch is itself audited whichever way it goes.
     */
    void setReadAuditing(AccessContext context, boolean enabled, String reason);

    /** @return whether successful reads and searches are audited for the context's tenant */
    boolean readAuditing(AccessContext context);
}
