package org.medcoord.core.spi;

import java.util.Objects;
import org.medcoord.core.TenantId;
import org.medcoord.core.audit.AuditEvent;

/**
 * An audit event as sealed into a tenant's hash chain.
 *
 * @param tenant the tenant whose trail holds it
 * @param seq    its sequence number in that trail
 * @param event  the event
 * @param hash   hex SHA-256 over the previous hash and this event's canonical form
 * @since 0.1.0
 */
public record AuditRecord(TenantId tenant, long seq, AuditEvent event, String hash) {
    public AuditRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(hash, "hash");
    }
}
