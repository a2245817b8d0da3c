package org.medcoord.core.internal.data;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.audit.AuditEvent;
import org.medcoord.core.audit.AuditOutcome;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.LogType;
import org.medcoord.core.data.Logged;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.internal.event.OutboxRecord;
import org.medcoord.core.spi.AccessDecision;
import org.medcoord.core.spi.AccessRequest;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;

/**
 * A {@link DataSession} over one storage transaction. Bodies and log entries are sealed with AES-GCM
 * bound (by associated data) to their tenant and key, so a ciphertext moved to another document or
 * tenant does not open.
 */
public final class EncryptedSession implements DataSession {

    /** The outbox stream every published event is appended to. */
    public static final String OUTBOX = "outbox";

    private final EncryptedDataStore store;
    private final Transaction tx;
    private final AccessContext context;
    private final SessionState state;

    EncryptedSession(EncryptedDataStore store, Transaction tx, AccessContext context, SessionState state) {
        this.store = store;
        this.tx = tx;
        this.context = context;
        this.state = state;
    }

    /** The same transaction, acting for another principal of the same tenant (a nested call). */
    EncryptedSession as(AccessContext other) {
        return other.equals(context) ? this : new EncryptedSession(store, tx, other, state);
    }

    /** The raw transaction, for core's own internal stores (audit log, grants). */
    public Transaction transaction() {
        return tx;
    }

    @Override
    public AccessContext context() {
        return context;
    }

    @Override
    public Instant now() {
        return store.clock().instant();
    }

    @Override
    public void authorize(Action action, DataCategory category, Optional<PatientId> patient, String source, String subject) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(source, "source");
        AccessDecision decision = store.gate().decide(tx, new AccessRequest(context, action, category, patient), now());
        Optional<String> grant = decision.usedBreakGlass() || context.breakGlass().isPresent()
                ? context.breakGlass().map(g -> g.grantId().toString()) : Optional.empty();
        if (!decision.permitted()) {
            state.denials.add(new AuditEvent(now(), context.principal().userId(), patient, action, category, AuditOutcome.DENIED,
                    context.purpose(), source, subject, grant, decision.reason()));
            throw new AccessDeniedException("user " + context.principal().userId() + " may not " + action + " " + category
                    + " data (" + source + "): " + decision.reason() + "; the attempt was audited");
        }
        boolean routineRead = (action == Action.READ || action == Action.SEARCH) && grant.isEmpty();
        if (routineRead && !store.readAuditing(tx)) {
            return;
        }
        audit(new AuditEvent(now(), context.principal().userId(), patient, action, category, AuditOutcome.SUCCESS,
                context.purpose(), source, subject, grant, decision.usedBreakGlass() ? "break-glass" : ""));
    }

    @Override
    public void auditDenied(Action action, DataCategory category, Optional<PatientId> patient, String source, String subject,
                            String reason) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(source, "source");
        state.denials.add(new AuditEvent(now(), context.principal().userId(), patient, action, category, AuditOutcome.DENIED,
                context.purpose(), source, subject, context.breakGlass().map(g -> g.grantId().toString()),
                reason == null ? "" : reason));
    }

    /**
     * Audits an event in this transaction. It joins the tenant's hash chain when the work ends, just
     * before commit: the chain head is locked only for that moment, so transactions of one tenant run
     * their work concurrently and queue only to append; the sink sees the record after commit.
     */
    public void audit(AuditEvent event) {
        state.pendingAudit.add(Objects.requireNonNull(event, "event"));
    }

    /** Appends the pending audit events to the chain; called once, at the end of the outermost work. */
    void flushAudit() {
        for (AuditEvent event : state.pendingAudit) {
            state.auditRecords.add(store.auditLog().append(tx, event));
        }
        state.pendingAudit.clear();
    }

    /** Records a denied attempt to be audited after this transaction ends, whichever way it ends. */
    public void auditDenial(AuditEvent event) {
        state.denials.add(event);
    }

    @Override
    public <T> Optional<Versioned<T>> find(DocumentType<T> type, String id) {
        DocumentKey key = new DocumentKey(type.name(), id);
        return tx.get(key).map(doc -> open(type, doc));
    }

    @Override
    public <T> Versioned<T> get(DocumentType<T> type, String id) {
        return find(type, id).orElseThrow(() -> new NotFoundException(type.name() + " " + id));
    }

    @Override
    public <T> Versioned<T> insert(DocumentType<T> type, String id, T value) {
        Objects.requireNonNull(value, "value");
        DocumentKey key = new DocumentKey(type.name(), id);
        StoredDocument doc = tx.insert(key, seal(key, value), store.indexer().entries(tx.tenant(), type, value),
                store.indexer().uniqueKeys(tx.tenant(), type, value));
        return new Versioned<>(id, doc.version(), value, doc.written());
    }

    @Override
    public <T> Versioned<T> update(DocumentType<T> type, String id, long expectedVersion, T value) {
        Objects.requireNonNull(value, "value");
        DocumentKey key = new DocumentKey(type.name(), id);
        StoredDocument doc = tx.update(key, expectedVersion, seal(key, value), store.indexer().entries(tx.tenant(), type, value),
                store.indexer().uniqueKeys(tx.tenant(), type, value));
        return new Versioned<>(id, doc.version(), value, doc.written());
    }

    @Override
    public void lock(String lockType, String id) {
        tx.lock(new DocumentKey(lockType, id));
    }

    @Override
    public void lockAll(String lockType, Collection<String> ids) {
        for (String id : new TreeSet<>(ids)) {
            tx.lock(new DocumentKey(lockType, id));
        }
    }

    @Override
    public <T> ResultPage<Versioned<T>> query(DocumentType<T> type, Criteria criteria) {
        var predicates = store.indexer().predicates(tx.tenant(), type, criteria);
        Query query = new Query(type.name(), predicates, store.indexer().order(criteria), criteria.limit(),
                criteria.pageToken().map(store.pageTokens()::decode).orElse(null));
        Page<StoredDocument> page = tx.query(query);
        List<Versioned<T>> items = new ArrayList<>(page.items().size());
        for (StoredDocument doc : page.items()) {
            items.add(open(type, doc));
        }
        return new ResultPage<>(items, page.next().map(store.pageTokens()::encode));
    }

    @Override
    public <E> long append(LogType<E> log, String suffix, E entry) {
        String stream = log.stream() + suffix;
        return tx.append(stream, store.cipher().seal(store.codec().write(entry), logAad(stream)));
    }

    @Override
    public <E> List<Logged<E>> read(LogType<E> log, String suffix, long fromSeq, int max) {
        String stream = log.stream() + suffix;
        List<Logged<E>> result = new ArrayList<>();
        for (LogEntry raw : tx.read(stream, fromSeq, max)) {
            result.add(new Logged<>(raw.seq(), store.codec().read(store.cipher().open(raw.entry(), logAad(stream)), log.entryType()),
                    raw.appended()));
        }
        return result;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        OutboxRecord record = new OutboxRecord(event.type(), event.getClass().getName(), store.codec().mapper().valueToTree(event));
        long seq = tx.append(OUTBOX, store.cipher().seal(store.codec().write(record), logAad(OUTBOX)));
        state.events.add(new EventEnvelope(tx.tenant(), seq, now(), event));
    }

    @Override
    public void afterCommit(Runnable action) {
        state.afterCommit.add(Objects.requireNonNull(action, "action"));
    }

    private <T> byte[] seal(DocumentKey key, T value) {
        return store.cipher().seal(store.codec().write(value), documentAad(key));
    }

    private <T> Versioned<T> open(DocumentType<T> type, StoredDocument doc) {
        T value = store.codec().read(store.cipher().open(doc.body(), documentAad(doc.key())), type.javaType());
        return new Versioned<>(doc.key().id(), doc.version(), value, doc.written());
    }

    private byte[] documentAad(DocumentKey key) {
        return (tx.tenant().value() + "|" + key.type() + "|" + key.id()).getBytes(StandardCharsets.UTF_8);
    }

    byte[] logAad(String stream) {
        return (tx.tenant().value() + "|log|" + stream).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DataSession[" + tx.tenant() + ", " + context.principal().userId() + "]";
    }
}
