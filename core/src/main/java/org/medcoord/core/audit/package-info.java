/**
 * The tamper-evident audit trail: every PHI operation appends an {@link org.medcoord.core.audit.AuditEvent}
 * to its tenant's SHA-256 hash-chained, append-only trail, in the same transaction as the change.
 *
 * @since 0.1.0
 */
package org.medcoord.core.audit;
