package org.medcoord.core.internal.event;

import java.util.List;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events to listeners in their order. A listener that throws is logged (class and
 * event type only) and does not stop the others: the event has committed and is in the outbox.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final List<EventListener> listeners;

    /** @param listeners already in delivery order */
    public EventDispatcher(List<EventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void dispatch(List<EventEnvelope> envelopes) {
        for (EventEnvelope envelope : envelopes) {
            for (EventListener listener : listeners) {
                try {
                    listener.onEvent(envelope);
                } catch (RuntimeException e) {
                    LOG.error("event listener {} failed on {} #{} of tenant {}: {}", listener.id(), envelope.event().type(),
                            envelope.outboxSeq(), envelope.tenant(), e.getClass().getName());
                }
            }
        }
    }
}
