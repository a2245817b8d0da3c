package org.medcoord.core.internal.data;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.medcoord.core.RetryableConflictException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.internal.access.AccessGate;
import org.medcoord.core.internal.audit.AuditLog;
import org.medcoord.core.internal.codec.Codec;
import org.medcoord.core.internal.crypto.FieldCipher;
import org.medcoord.core.internal.crypto.Tokenizer;
import org.medcoord.core.internal.event.EventDispatcher;
import org.medcoord.core.spi.AuditRecord;
import org.medcoord.core.spi.AuditSink;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DataStore}: runs work in engine transactions, joins nested calls, retries retryable
 * conflicts a bounded number of times, and after the outermost transaction ends delivers what it
 * collected: audit records to the sink and events to listeners after a commit, and denied attempts to
 * the audit trail in a transaction of their own whether the work committed or not.
 */
public final class EncryptedDataStore implements DataStore {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedDataStore.class);
    static final int MAX_ATTEMPTS = 4;
    static final DocumentKey AUDIT_SETTINGS = new DocumentKey("audit-settings", "reads");

    /** Per-tenant audit settings. */
    public record AuditSettings(boolean readAuditing) {
    }

    private final StorageEngine engine;
    private final Codec codec;
    private final FieldCipher cipher;
    private final Indexer indexer;
    private final PageTokens pageTokens;
    private final AccessGate gate;
    private final AuditLog auditLog;
    private final AuditSink auditSink;
    private final EventDispatcher events;
    private final Clock clock;
    private final ThreadLocal<EncryptedSession> current = new ThreadLocal<>();

    public EncryptedDataStore(StorageEngine engine, Codec codec, FieldCipher cipher, Tokenizer tokenizer, AccessGate gate,
                              AuditLog auditLog, AuditSink auditSink, EventDispatcher events, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.codec = codec;
        this.cipher = cipher;
        this.indexer = new Indexer(tokenizer);
        this.pageTokens = new PageTokens(codec);
        this.gate = gate;
        this.auditLog = auditLog;
        this.auditSink = auditSink;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public <T> T inTransaction(AccessContext context, Function<DataSession, T> work) {
        return inSession(context, work::apply);
    }

    /** Like {@link #inTransaction} but hands out the internal session (raw transaction access for core). */
    public <T> T inSession(AccessContext context, Function<EncryptedSession, T> work) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(work, "work");
        EncryptedSession outer = current.get();
        if (outer != null) {
            if (!outer.context().tenant().equals(context.tenant())) {
                throw new IllegalStateException("a transaction of tenant " + outer.context().tenant()
                        + " is open on this thread; it cannot be joined by tenant " + context.tenant());
            }
            return work.apply(outer.as(context));
        }
        for (int attempt = 1; ; attempt++) {
            SessionState state = new SessionState();
            T result;
            try {
                result = engine.inTransaction(context.tenant(), tx -> {
                    EncryptedSession session = new EncryptedSession(this, tx, context, state);
                    current.set(session);
                    try {
                        T value = work.apply(session);
                        session.flushAudit();
                        return value;
                    } finally {
                        current.remove();
                    }
                });
            } catch (RetryableConflictException e) {
                recordDenialsAfterFailure(context, state.denials, e);
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("retrying a transaction of tenant {} after a retryable conflict (attempt {})", context.tenant(), attempt);
                continue;
            } catch (RuntimeException | Error e) {
                recordDenialsAfterFailure(context, state.denials, e);
                throw e;
            }
            recordDenials(context, state.denials);
            afterCommit(state);
            return result;
        }
    }

    private void afterCommit(SessionState state) {
        for (AuditRecord record : state.auditRecords) {
            deliver(record);
        }
        events.dispatch(state.events);
        for (Runnable action : state.afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("an after-commit action failed: {}", e.getClass().getName());
            }
        }
    }

    /** Records denials after the work failed; a failure to do so must not hide why the work failed. */
    private void recordDenialsAfterFailure(AccessContext context, List<AuditEvent> denials, Throwable failure) {
        try {
            recordDenials(context, denials);
        } catch (RuntimeException e) {
            LOG.error("could not audit {} denied attempt(s) of tenant {}: {}", denials.size(), context.tenant(), e.getClass().getName());
            failure.addSuppressed(e);
        }
    }

    private void recordDenials(AccessContext context, List<AuditEvent> denials) {
        if (denials.isEmpty()) {
            return;
        }
        List<AuditRecord> records = engine.inTransaction(context.tenant(),
                tx -> denials.stream().map(event -> auditLog.append(tx, event)).toList());
        records.forEach(this::deliver);
    }

    private void deliver(AuditRecord record) {
        try {
            auditSink.accept(record);
        } catch (RuntimeException e) {
            LOG.error("audit sink {} failed on record {} of tenant {}: {}", auditSink.id(), record.seq(), record.tenant(),
                    e.getClass().getName());
        }
    }

    /** @return whether successful reads are audited in {@code tx}'s tenant (on unless an admin turned it off) */
    boolean readAuditing(Transaction tx) {
        return tx.get(AUDIT_SETTINGS)
                .map(doc -> codec.read(cipher.open(doc.body(), settingsAad(tx)), AuditSettings.class).readAuditing())
                .orElse(true);
    }

    /** Stores the tenant's read-auditing switch in {@code tx}. */
    public void setReadAuditing(Transaction tx, boolean enabled) {
        byte[] body = cipher.seal(codec.write(new AuditSettings(enabled)), settingsAad(tx));
        var existing = tx.get(AUDIT_SETTINGS);
        if (existing.isPresent()) {
            tx.update(AUDIT_SETTINGS, existing.get().version(), body, List.of(), List.of());
        } else {
            tx.insert(AUDIT_SETTINGS, body, List.of(), List.of());
        }
    }

    /** @return the read-auditing switch of the session's tenant */
    public boolean readAuditing(EncryptedSession session) {
        return readAuditing(session.transaction());
    }

    private static byte[] settingsAad(Transaction tx) {
        return (tx.tenant().value() + "|" + AUDIT_SETTINGS.type() + "|" + AUDIT_SETTINGS.id()).getBytes(StandardCharsets.UTF_8);
    }

    Codec codec() {
        return codec;
    }

    FieldCipher cipher() {
        return cipher;
    }

    Indexer indexer() {
        return indexer;
    }

    PageTokens pageTokens() {
        return pageTokens;
    }

    AccessGate gate() {
        return gate;
    }

    AuditLog auditLog() {
        return auditLog;
    }

    /** @return the injected clock */
    public Clock clock() {
        return clock;
    }

    /** @return the engine, for core services that need it directly */
    public StorageEngine engine() {
        return engine;
    }
}
