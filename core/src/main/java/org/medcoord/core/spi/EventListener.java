package org.medcoord.core.spi;

import org.medcoord.core.event.EventEnvelope;

/**
 * Receives domain events after they commit. Many may be registered; they are called in ascending
 * {@link #order()}, then by id.
 *
 * <p>Called on the committing thread, once per event and listener, after the transaction that raised
 * the event has committed; an exception is logged and does not undo the commit or stop other
 * listeners. For delivery that survives a crash, read the outbox stream instead.
 *
 * @since 0.1.0
 */
public interface EventListener {

    /** @return a stable id */
    String id();

    /** @return the position among listeners; lower first */
    default int order() {
        return 0;
    }

    /** Handles one event. */
    void onEvent(EventEnvelope envelope);
}
