package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A resource's opening hours changed (a template added, or a date's override set). Carries ids and times only.
 *
 * @since 0.1.0
 */
public record AvailabilityChanged(ResourceId resource, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.availability-changed";

    @Override
    public String type() {
        return TYPE;
    }
}
