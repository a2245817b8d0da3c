package org.medcoord.core.audit;

import java.util.Objects;

/**
 * An audit event with its place in the trail.
 *
 * @param seq   its sequence number in the tenant's trail
 * @param event the event
 * @param hash  hex SHA-256 chaining it to its predecessor
 * @since 0.1.0
 */
public record AuditEntry(long seq, AuditEvent event, String hash) {
    public AuditEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hash, "hash");
    }
}
