package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A bed was cleaned and is free again. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record BedCleaned(ResourceId bed, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.bed-cleaned";

    @Override
    public String type() {
        return TYPE;
    }
}
