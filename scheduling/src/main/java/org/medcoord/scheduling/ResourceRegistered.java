package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A resource was registered. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record ResourceRegistered(ResourceId resource, ResourceKind kind, int capacity, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.resource-registered";

    @Override
    public String type() {
        return TYPE;
    }
}
