package org.medcoord.scheduling;

import java.time.Instant;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Opening hours of resources: recurring templates plus dated overrides. Thread-safe.
 *
 * <p>A resource without any template is open at all times (equipment and rooms often are); once it
 * has a template it is open only inside the expanded windows. Overrides refine templates; to close a
 * resource that has no template, place a block ({@link ResourceService#placeBlock}).
 *
 * <h2>Daylight-saving policy</h2>
 * Templates are expanded to local dates in the resource's zone; local times become instants like this:
 * <ul>
 *   <li>A local time that does not exist (the spring-forward gap) is moved forward by the length of
 *       the gap: 02:30 in New York on a spring-forward day is 03:30 EDT; 02:00 on Lord Howe Island's
 *       30-minute shift is 02:30.</li>
 *   <li>A window's start or end that is ambiguous (the fall-back overlap) takes the earlier instant
 *       for a start and the later instant for an end, so the window covers the repeated hour once
 *       each time it is lived.</li>
 *   <li>A candidate slot start that is ambiguous yields two distinct slots, one per offset.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface AvailabilityService {

    /**
     * @throws org.medcoord.core.ValidationException for an unknown resource, closing not after opening,
     *         or an RRULE that does not parse
     */
    AvailabilityTemplate addTemplate(AccessContext context, NewAvailabilityTemplate request);

    /** Sets (or replaces) the override of one date. */
    DayOverride setOverride(AccessContext context, DayOverride override);

    /**
     * @return the resource's open windows overlapping {@code [from, to)}, by start (one window
     *         covering the whole range when the resource has no template)
     */
    List<OpenWindow> openWindows(AccessContext context, ResourceId resource, Instant from, Instant to);
}
