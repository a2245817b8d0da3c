package org.medcoord.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * A request to define a service type; checked as a whole by {@link ServiceCatalog#define}.
 *
 * @param name         a label of 1 to 200 characters
 * @param duration     1 minute to 24 hours
 * @param requirements at least one, roles unique, every candidate a registered resource
 * @param leadTime     zero or more
 * @param horizon      more than the lead time, at most 2 years
 * @since 0.1.0
 */
public record NewServiceType(String name, Duration duration, List<ResourceRequirement> requirements, Duration leadTime,
        Duration horizon) {

    /** @return a service type bookable from now up to 180 days ahead */
    public static NewServiceType of(String name, Duration duration, List<ResourceRequirement> requirements) {
        return new NewServiceType(name, duration, requirements, Duration.ZERO, Duration.ofDays(180));
    }

    /** @return a copy with another lead time and horizon */
    public NewServiceType withWindow(Duration lead, Duration horizonAhead) {
        return new NewServiceType(name, duration, requirements, lead, horizonAhead);
    }
}
