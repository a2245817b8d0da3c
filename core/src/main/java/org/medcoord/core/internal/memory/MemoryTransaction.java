package org.medcoord.core.internal.memory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.RetryableConflictException;
import org.medcoord.core.TenantId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * One transaction: a private workspace of written revisions, unique-key changes and log appends,
 * applied to the {@link TenantState} at commit, plus the locks it holds until it ends.
 *
 * <p>Writes lock like PostgreSQL row locks: insert and update take the document's lock, and every
 * unique key value they claim or give up, until the transaction ends. So two concurrent updaters of
 * one document serialise and the second sees the new version (a version conflict, never a lost
 * update), and of two inserts claiming one unique value the second waits for the first to end, then
 * sees its outcome. Log appends hold the stream's append lock to the end, so sequence numbers are
 * assigned in commit order and a rollback leaves no gap.
 *
 * <p>Confined to the thread that runs its work; not thread-safe.
 */
final class MemoryTransaction implements Transaction {

    private static final String PRIMARY_KEY = "primary";

    private final TenantState state;
    private final TenantId tenant;
    private final Clock clock;
    private final long lockTimeoutNanos;
    private final Thread thread = Thread.currentThread();
    private final Set<LockName> held = new HashSet<>();
    private final Map<DocumentKey, Revision> writes = new LinkedHashMap<>();
    /** Unique values this transaction claimed (owner present) or gave up (empty). */
    private final Map<UniqueSlot, Optional<DocumentKey>> uniqueChanges = new HashMap<>();
    private final Map<String, List<LogEntry>> appends = new LinkedHashMap<>();
    private RetryableConflictException doom;
    private boolean active = true;

    MemoryTransaction(TenantState state, TenantId tenant, Clock clock, long lockTimeoutNanos) {
        this.state = state;
        this.tenant = tenant;
        this.clock = clock;
        this.lockTimeoutNanos = lockTimeoutNanos;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public Optional<StoredDocument> get(DocumentKey key) {
        checkUsable();
        Objects.requireNonNull(key, "key");
        return visible(key).map(Revision::document);
    }

    @Override
    public StoredDocument insert(DocumentKey key, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
        checkUsable();
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        List<IndexEntry> entries = List.copyOf(index);
        Set<UniqueSlot> slots = slots(unique);
        acquire(new LockName.Document(key));
        if (visible(key).isPresent()) {
            throw new UniqueKeyViolationException(PRIMARY_KEY, key.type());
        }
        claim(key, slots, Set.of());
        Revision revision = new Revision(new StoredDocument(key, 1, body, clock.instant()), Revision.group(entries), slots);
        writes.put(key, revision);
        return revision.document();
    }

    @Override
    public StoredDocument update(DocumentKey key, long expectedVersion, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
        checkUsable();
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        List<IndexEntry> entries = List.copyOf(index);
        Set<UniqueSlot> slots = slots(unique);
        acquire(new LockName.Document(key));
        Revision current = visible(key).orElseThrow(() -> new NotFoundException("document " + key));
        if (current.version() != expectedVersion) {
            throw new VersionConflictException("document " + key, expectedVersion, current.version());
        }
        claim(key, slots, current.unique());
        Revision revision = new Revision(new StoredDocument(key, current.version() + 1, body, clock.instant()),
                Revision.group(entries), slots);
        writes.put(key, revision);
        return revision.document();
    }

    @Override
    public void lock(DocumentKey key) {
        checkUsable();
        acquire(new LockName.Document(Objects.requireNonNull(key, "key")));
    }

    @Override
    public Page<StoredDocument> query(Query query) {
        checkUsable();
        Objects.requireNonNull(query, "query");
        List<Revision> matches = state.consistently(() -> {
            List<Revision> found = new ArrayList<>();
            for (Revision revision : candidates(query)) {
                if (!writes.containsKey(revision.document().key()) && DocumentQuery.matches(revision, query.where())) {
                    found.add(revision);
                }
            }
            return found;
        });
        for (Revision own : writes.values()) {
            if (own.document().key().type().equals(query.type()) && DocumentQuery.matches(own, query.where())) {
                matches.add(own);
            }
        }
        return DocumentQuery.page(matches, query);
    }

    /**
     * The committed documents a query must look at: those the most selective equality or {@code In}
     * predicate points to through the tenant's equality index, or the whole type when there is none.
     * Every candidate is still checked against every predicate.
     */
    private Collection<Revision> candidates(Query query) {
        Collection<String> best = null;
        for (Predicate predicate : query.where()) {
            if (predicate instanceof Predicate.Equals equals) {
                Set<String> ids = state.idsWith(query.type(), equals.field(), equals.value());
                if (best == null || ids.size() < best.size()) {
                    best = ids;
                }
            } else if (predicate instanceof Predicate.In in) {
                // Size the union before building it, so a common value never costs a pass over the type.
                int size = 0;
                for (var value : in.values()) {
                    size += state.idsWith(query.type(), in.field(), value).size();
                }
                if (best == null || size < best.size()) {
                    Set<String> union = new HashSet<>(size * 2);
                    for (var value : in.values()) {
                        union.addAll(state.idsWith(query.type(), in.field(), value));
                    }
                    best = union;
                }
            }
        }
        Map<String, Revision> ofType = state.committedOfType(query.type());
        if (best == null) {
            return ofType.values();
        }
        List<Revision> found = new ArrayList<>(best.size());
        for (String id : best) {
            Revision revision = ofType.get(id);
            if (revision != null) {
                found.add(revision);
            }
        }
        return found;
    }

    @Override
    public long append(String stream, byte[] entry) {
        checkUsable();
        checkStream(stream);
        Objects.requireNonNull(entry, "entry");
        acquire(new LockName.LogAppend(stream));
        List<LogEntry> pending = appends.computeIfAbsent(stream, s -> new ArrayList<>());
        // Holding the append lock, nobody else can commit to the stream, so the committed size is stable.
        LogStream committed = state.log(stream);
        long seq = (committed == null ? 0 : committed.size()) + pending.size() + 1;
        pending.add(new LogEntry(stream, seq, entry, clock.instant()));
        return seq;
    }

    @Override
    public List<LogEntry> read(String stream, long fromSeq, int max) {
        checkUsable();
        checkStream(stream);
        if (fromSeq < 1 || max < 0) {
            throw new IllegalArgumentException("read needs fromSeq >= 1 and max >= 0, was " + fromSeq + " and " + max);
        }
        List<LogEntry> out = state.consistently(() -> {
            LogStream committed = state.log(stream);
            return committed == null ? new ArrayList<>() : committed.read(fromSeq, max);
        });
        for (LogEntry own : appends.getOrDefault(stream, List.of())) {
            if (out.size() >= max) {
                break;
            }
            if (own.seq() >= fromSeq) {
                out.add(own);
            }
        }
        return out;
    }

    /** Applies the workspace atomically and ends; or, when a lock wait failed and the work swallowed it, rolls back and rethrows. */
    void commitOrThrowDoom() {
        if (doom != null) {
            rollback();
            throw doom;
        }
        try {
            if (!writes.isEmpty() || !uniqueChanges.isEmpty() || !appends.isEmpty()) {
                state.commit(this::apply);
            }
        } finally {
            end();
        }
    }

    /** Forgets the workspace and releases every lock. */
    void rollback() {
        end();
    }

    private void apply() {
        writes.values().forEach(state::put);
        uniqueChanges.forEach((slot, owner) -> {
            if (owner.isPresent()) {
                state.own(slot, owner.get());
            } else {
                state.disown(slot);
            }
        });
        appends.forEach((stream, entries) -> {
            LogStream log = state.logForAppend(stream);
            entries.forEach(log::append);
        });
    }

    private void end() {
        active = false;
        writes.clear();
        uniqueChanges.clear();
        appends.clear();
        RuntimeException first = null;
        for (LockName name : held) {
            try {
                state.locks.release(name);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        held.clear();
        if (first != null) {
            throw first;
        }
    }

    private Optional<Revision> visible(DocumentKey key) {
        Revision own = writes.get(key);
        return own != null ? Optional.of(own) : state.committed(key);
    }

    private Optional<DocumentKey> owner(UniqueSlot slot) {
        Optional<DocumentKey> changed = uniqueChanges.get(slot);
        return changed != null ? changed : state.owner(slot);
    }

    /**
     * Locks every unique value {@code key} claims or gives up (sorted, so two writers cannot deadlock
     * on them), checks the claimed ones are free, and only then records the change: a violation leaves
     * the workspace as it was.
     */
    private void claim(DocumentKey key, Set<UniqueSlot> claimed, Set<UniqueSlot> previous) {
        TreeSet<UniqueSlot> touched = new TreeSet<>(claimed);
        touched.addAll(previous);
        for (UniqueSlot slot : touched) {
            acquire(new LockName.Unique(slot));
        }
        for (UniqueSlot slot : claimed) {
            Optional<DocumentKey> owner = owner(slot);
            if (owner.isPresent() && !owner.get().equals(key)) {
                throw new UniqueKeyViolationException(slot.name(), key.type());
            }
        }
        for (UniqueSlot slot : previous) {
            if (!claimed.contains(slot)) {
                uniqueChanges.put(slot, Optional.empty());
            }
        }
        for (UniqueSlot slot : claimed) {
            uniqueChanges.put(slot, Optional.of(key));
        }
    }

    private void acquire(LockName name) {
        if (held.contains(name)) {
            return;
        }
        boolean acquired;
        try {
            acquired = state.locks.acquire(name, lockTimeoutNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw doomed(new RetryableConflictException("the wait for the lock on " + name
                    + " was interrupted; the transaction is rolled back, run it again", e));
        }
        if (!acquired) {
            throw doomed(new RetryableConflictException("the lock on " + name + " was not granted within "
                    + Duration.ofNanos(lockTimeoutNanos).toMillis() + " ms, possibly a deadlock; the transaction is rolled back."
                    + " Run it again, and take several locks in sorted key order", null));
        }
        held.add(name);
    }

    /** After a failed lock wait the transaction must not commit, even if the work swallows the exception. */
    private RetryableConflictException doomed(RetryableConflictException e) {
        if (doom == null) {
            doom = e;
        }
        return e;
    }

    private static Set<UniqueSlot> slots(List<UniqueKey> unique) {
        Set<UniqueSlot> slots = new HashSet<>();
        for (UniqueKey key : unique) {
            slots.add(UniqueSlot.of(Objects.requireNonNull(key, "unique key")));
        }
        return slots;
    }

    private static void checkStream(String stream) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isEmpty() || stream.length() > 128) {
            throw new IllegalArgumentException("log stream names are 1 to 128 characters");
        }
    }

    private void checkUsable() {
        if (!active) {
            throw new IllegalStateException("this transaction has ended; use a Transaction only inside the work it was handed to");
        }
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a Transaction is confined to the thread running its work; start a transaction on this thread instead");
        }
    }
}
