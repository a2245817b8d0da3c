package org.medcoord.core.internal.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;
import org.medcoord.core.spi.storage.DocumentKey;

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
        documents.computeIfAbsent(key.type(), t -> new ConcurrentHashMap<>()).put(key.id(), revision);
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
