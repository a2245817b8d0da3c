package org.medcoord.core.event;

import java.time.Instant;
import java.util.Objects;
import org.medcoord.core.TenantId;
import org.medcoord.core.event.DomainEvent;

/**
 * A committed domain event as delivered to listeners.
 *
 * @param tenant     the tenant it happened in
 * @param outboxSeq  its sequence number in the tenant's outbox stream (for idempotent handling)
 * @param occurredAt when it committed
 * @param event      the event
 * @since 0.1.0
 */
public record EventEnvelope(TenantId tenant, long outboxSeq, Instant occurredAt, DomainEvent event) {
    public EventEnvelope {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
    }
}
