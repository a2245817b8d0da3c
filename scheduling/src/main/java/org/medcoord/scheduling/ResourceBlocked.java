package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A resource became unbookable for a period. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record ResourceBlocked(BlockId block, ResourceId resource, Instant start, Instant end, BlockReason reason) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.resource-blocked";

    @Override
    public String type() {
        return TYPE;
    }
}
