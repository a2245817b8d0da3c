package org.medcoord.coordination;

import java.time.Duration;
import java.util.Objects;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * A follow-up to request after a procedure or a discharge: the service type, how long after, and the window
 * in which it should take place.
 *
 * @param serviceType what to book
 * @param after       from the procedure or discharge to the start of the window (0 to 365 days)
 * @param window      the window's length (1 hour to 365 days)
 * @since 0.1.0
 */
public record FollowUpPlan(ServiceTypeId serviceType, Duration after, Duration window) {
    public FollowUpPlan {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(window, "window");
    }
}
