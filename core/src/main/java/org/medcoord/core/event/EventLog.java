package org.medcoord.core.event;

import java.util.List;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.event.EventEnvelope;

/**
 * Reads a tenant's outbox: every domain event that committed, in commit order, with gap-free sequence
 * numbers. Consumers that must survive a restart (cross-domain workflows, a message broker bridge)
 * keep the last sequence they handled and read on from there. Thread-safe.
 *
 * @since 0.1.0
 */
public interface EventLog {

    /**
     * @param fromSeq the first sequence number to return (1 for the beginning)
     * @param max     at most this many, 1 to 10,000
     * @return the events, in order; an event whose class is not on this classpath is skipped with a warning
     */
    List<EventEnvelope> read(AccessContext context, long fromSeq, int max);
}
