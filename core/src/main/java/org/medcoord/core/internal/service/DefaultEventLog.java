package org.medcoord.core.internal.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventLog;
import org.medcoord.core.internal.data.EncryptedDataStore;
import org.medcoord.core.internal.event.OutboxRecord;
import org.medcoord.core.internal.data.EncryptedSession;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.storage.LogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the outbox stream back into typed events. */
public final class DefaultEventLog implements EventLog {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultEventLog.class);

    private final EncryptedDataStore store;
    private final org.medcoord.core.internal.codec.Codec codec;
    private final org.medcoord.core.internal.crypto.FieldCipher cipher;
    private final ClassLoader classLoader;

    public DefaultEventLog(EncryptedDataStore store, org.medcoord.core.internal.codec.Codec codec,
                           org.medcoord.core.internal.crypto.FieldCipher cipher, ClassLoader classLoader) {
        this.store = store;
        this.codec = codec;
        this.cipher = cipher;
        this.classLoader = classLoader;
    }

    @Override
    public List<EventEnvelope> read(AccessContext context, long fromSeq, int max) {
        if (fromSeq < 1 || max < 1 || max > 10_000) {
            throw new ValidationException(List.of(new Violation(fromSeq < 1 ? "fromSeq" : "max", "MC-EVENT-001",
                    "read from sequence 1 or later, at most 10000 events at a time")));
        }
        return store.inSession(context, session -> {
            // Events carry ids, not PHI values, but they reveal activity, so reading them is checked and audited.
            session.authorize(Action.READ, DataCategory.EVENTS, Optional.empty(), "core.events.read", EncryptedSession.OUTBOX);
            byte[] aad = (context.tenant().value() + "|log|" + EncryptedSession.OUTBOX).getBytes(StandardCharsets.UTF_8);
            List<EventEnvelope> result = new ArrayList<>();
            for (LogEntry raw : session.transaction().read(EncryptedSession.OUTBOX, fromSeq, max)) {
                OutboxRecord record = codec.read(cipher.open(raw.entry(), aad), OutboxRecord.class);
                try {
                    Class<? extends DomainEvent> type = Class.forName(record.javaClass(), false, classLoader).asSubclass(DomainEvent.class);
                    result.add(new EventEnvelope(context.tenant(), raw.seq(), raw.appended(), codec.mapper().treeToValue(record.payload(), type)));
                } catch (ClassNotFoundException | ClassCastException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    LOG.warn("skipping outbox entry {} of tenant {}: event class {} cannot be read here ({})", raw.seq(), context.tenant(),
                            record.javaClass(), e.getClass().getSimpleName());
                }
            }
            return result;
        });
    }
}
