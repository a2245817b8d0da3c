package org.medcoord.core.internal.memory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexValue;

/**
 * Everything committed for one tenant, plus its lock table. Tenants share nothing, so one clinic's
 * transactions never wait on another's.
 *
 * <p>Commits of this tenant apply under the write mode of {@link #commitLock}; readers use optimistic
 * reads and retry under the read lock when a commit overlapped, so a reader sees every effect of a
 * commit or none. Maps are concurrent, so an overlapped optimistic read is merely discarded, never broken.
 */
final class TenantState {

    final LockTable locks = new LockTable();
    private final StampedLock commitLock = new StampedLock();
    /** type -> id -> latest committed revision. */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, Revision>> documents = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UniqueSlot, DocumentKey> uniqueOwners = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LogStream> logs = new ConcurrentHashMap<>();
    /**
     * type -> field -> value -> ids of committed documents holding that entry: lets equality and {@code In}
     * predicates start from the matching documents instead of scanning the whole type. Changed only
     * under the commit lock.
     */
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, ConcurrentHashMap<IndexValue, Set<String>>>> equality =
            new ConcurrentHashMap<>();

    /** Runs {@code read} so that it observes no commit half-applied. */
    <T> T consistently(Supplier<T> read) {
        long stamp = commitLock.tryOptimisticRead();
        if (stamp != 0) {
            T value = read.get();
            if (commitLock.validate(stamp)) {
                return value;
            }
        }
        stamp = commitLock.readLock();
        try {
            return read.get();
        } finally {
            commitLock.unlockRead(stamp);
        }
    }

    /** Applies a commit's effects; nothing of it is visible to {@link #consistently} readers until all is. */
    void commit(Runnable apply) {
        long stamp = commitLock.writeLock();
        try {
            apply.run();
        } finally {
            commitLock.unlockWrite(stamp);
        }
    }

    Optional<Revision> committed(DocumentKey key) {
        Map<String, Revision> ofType = documents.get(key.type());
        return Optional.ofNullable(ofType == null ? null : ofType.get(key.id()));
    }

    /** @return the committed documents of {@code type} (a live concurrent view) */
    Map<String, Revision> committedOfType(String type) {
        Map<String, Revision> ofType = documents.get(type);
        return ofType == null ? Map.of() : ofType;
    }

    void put(Revision revision) {
        DocumentKey key = revision.document().key();
        Revision previous = documents.computeIfAbsent(key.type(), t -> new ConcurrentHashMap<>()).put(key.id(), revision);
        if (previous != null) {
            unindex(previous);
        }
        var byField = equality.computeIfAbsent(key.type(), t -> new ConcurrentHashMap<>());
        revision.index().forEach((field, values) -> {
            var byValue = byField.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
            for (IndexValue value : values) {
                byValue.computeIfAbsent(value, v -> ConcurrentHashMap.newKeySet()).add(key.id());
            }
        });
    }

    private void unindex(Revision revision) {
        var byField = equality.get(revision.document().key().type());
        if (byField == null) {
            return;
        }
        revision.index().forEach((field, values) -> {
            var byValue = byField.get(field);
            if (byValue != null) {
                for (IndexValue value : values) {
                    Set<String> ids = byValue.get(value);
                    if (ids != null) {
                        ids.remove(revision.id());
                        if (ids.isEmpty()) {
                            byValue.remove(value);
                        }
                    }
                }
            }
        });
    }

    /** @return the ids of committed documents of {@code type} with an entry {@code field = value} (a live view) */
    Set<String> idsWith(String type, String field, IndexValue value) {
        var byField = equality.get(type);
        var byValue = byField == null ? null : byField.get(field);
        Set<String> ids = byValue == null ? null : byValue.get(value);
        return ids == null ? Set.of() : ids;
    }

    Optional<DocumentKey> owner(UniqueSlot slot) {
        return Optional.ofNullable(uniqueOwners.get(slot));
    }

    void own(UniqueSlot slot, DocumentKey owner) {
        uniqueOwners.put(slot, owner);
    }

    void disown(UniqueSlot slot) {
        uniqueOwners.remove(slot);
    }

    /** @return the committed stream, or null when nothing was ever committed to it */
    LogStream log(String stream) {
        return logs.get(stream);
    }

    LogStream logForAppend(String stream) {
        return logs.computeIfAbsent(stream, s -> new LogStream());
    }
}
