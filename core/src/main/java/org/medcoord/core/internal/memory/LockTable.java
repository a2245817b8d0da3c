package org.medcoord.core.internal.memory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks by name, created on demand and dropped when nobody holds or awaits them, so that
 * locking millions of distinct document keys does not grow memory.
 *
 * <p>A lock is held by a thread; that is the transaction's thread, because a transaction is confined
 * to the thread that runs its work and ends there. Each transaction acquires a name at most once
 * (it remembers what it holds), so hold counts stay at one.
 */
final class LockTable {

    private final ConcurrentHashMap<LockName, Slot> slots = new ConcurrentHashMap<>();

    /** A lock plus how many threads hold or await it; {@code users} is changed only inside {@code compute}. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    /**
     * @return true when acquired, false when {@code timeoutNanos} passed first
     * @throws InterruptedException when the waiting thread was interrupted
     */
    boolean acquire(LockName name, long timeoutNanos) throws InterruptedException {
        Slot slot = slots.compute(name, (k, s) -> {
            Slot use = s == null ? new Slot() : s;
            use.users++;
            return use;
        });
        boolean acquired = false;
        try {
            acquired = slot.lock.tryLock() || slot.lock.tryLock(timeoutNanos, TimeUnit.NANOSECONDS);
            return acquired;
        } finally {
            if (!acquired) {
                leave(name);
            }
        }
    }

    /** Releases a lock the calling thread acquired. */
    void release(LockName name) {
        Slot slot = slots.get(name);
        if (slot == null) {
            throw new IllegalStateException("lock " + name + " is not held");
        }
        slot.lock.unlock();
        leave(name);
    }

    private void leave(LockName name) {
        slots.compute(name, (k, s) -> s == null || --s.users == 0 ? null : s);
    }

    /** @return how many names are currently held or awaited (for tests of cleanup) */
    int size() {
        return slots.size();
    }
}
