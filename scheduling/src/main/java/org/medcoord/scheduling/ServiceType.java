package org.medcoord.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What can be booked: how long it takes, which resources it needs, and how far ahead it may be
 * booked.
 *
 * @param id           its id
 * @param name         a label (shown to staff; reminders leave it out unless a rule allows it)
 * @param duration     how long the appointment itself lasts (1 minute to 24 hours)
 * @param requirements the resources it needs, by role (at least one)
 * @param leadTime     the earliest start is this long after now
 * @param horizon      the latest end is this long after now
 * @since 0.1.0
 */
public record ServiceType(ServiceTypeId id, String name, Duration duration, List<ResourceRequirement> requirements,
        Duration leadTime, Duration horizon) {
    public ServiceType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(leadTime, "leadTime");
        Objects.requireNonNull(horizon, "horizon");
    }

    /** @return the requirement named {@code role}, if any */
    public Optional<ResourceRequirement> requirement(String role) {
        return requirements.stream().filter(r -> r.role().equals(role)).findFirst();
    }
}
