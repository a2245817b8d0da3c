package org.medcoord.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * One resource held by an appointment: the role it fills and the interval it is held, which includes
 * the role's setup and turnover buffers.
 *
 * @param role     the role in the service type
 * @param resource the resource
 * @param from     first instant held (appointment start minus setup)
 * @param to       first instant free again (appointment end plus turnover)
 * @since 0.1.0
 */
public record Allocation(String role, ResourceId resource, Instant from, Instant to) {
    public Allocation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** @return true when the held interval overlaps {@code [start, end)} */
    public boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && start.isBefore(to);
    }
}
