package org.medcoord.scheduling;

import java.time.Instant;
import org.medcoord.core.event.DomainEvent;

/**
 * A service type was defined. Carries ids and times only.
 *
 * @since 0.1.0
 */
public record ServiceTypeDefined(ServiceTypeId serviceType, Instant at) implements DomainEvent {

    /** The stable type name. */
    public static final String TYPE = "scheduling.service-type-defined";

    @Override
    public String type() {
        return TYPE;
    }
}
