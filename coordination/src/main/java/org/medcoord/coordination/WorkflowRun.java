package org.medcoord.coordination;

import java.util.Objects;

/**
 * What one {@link Workflows#run} did.
 *
 * @param consumer       the consumer name
 * @param position       the last outbox sequence number the consumer has passed after the run
 * @param handled        events whose effect this run applied (or, for events no workflow acts on, recorded)
 * @param alreadyHandled events another run (another consumer or process, or a repeated delivery) had handled
 * @param failed         events whose effect failed: each became a {@link TaskType#WORKFLOW_FAILURE} task
 * @since 0.1.0
 */
public record WorkflowRun(String consumer, long position, int handled, int alreadyHandled, int failed) {
    public WorkflowRun {
        Objects.requireNonNull(consumer, "consumer");
    }
}
