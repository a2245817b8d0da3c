package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A block was lifted: its period is bookable again. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record ResourceBlockLifted(BlockId block, ResourceId resource, Instant start, Instant end) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.resource-block-lifted";

    @Override
    public String type() {
        return TYPE;
    }
}
