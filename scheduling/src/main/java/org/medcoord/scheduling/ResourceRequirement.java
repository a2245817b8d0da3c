package org.medcoord.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One resource a service type needs, in a named role ("gastroenterologist", "procedure-room",
 * "endoscope"), with the resources that can fill it and the time it is held before and after the
 * appointment itself.
 *
 * @param role       a name unique within the service type, 1 to 64 of {@code [a-z0-9-]}
 * @param candidates the resources that may fill the role (at least one)
 * @param setup      time the resource is held before the start (preparing a room, an anaesthetic)
 * @param turnover   time the resource is held after the end (cleaning, reprocessing an endoscope)
 * @since 0.1.0
 */
public record ResourceRequirement(String role, List<ResourceId> candidates, Duration setup, Duration turnover) {
    public ResourceRequirement {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        setup = setup == null ? Duration.ZERO : setup;
        turnover = turnover == null ? Duration.ZERO : turnover;
    }

    /** @return a requirement without buffers */
    public static ResourceRequirement of(String role, List<ResourceId> candidates) {
        return new ResourceRequirement(role, candidates, Duration.ZERO, Duration.ZERO);
    }

    /** @return a copy with buffers */
    public ResourceRequirement withBuffers(Duration setupTime, Duration turnoverTime) {
        return new ResourceRequirement(role, candidates, setupTime, turnoverTime);
    }

    /** @return true when {@code resource} may fill this role */
    public boolean accepts(ResourceId resource) {
        return candidates.contains(Objects.requireNonNull(resource, "resource"));
    }
}
