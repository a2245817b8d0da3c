package org.medcoord.core.internal.memory;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.TransactionWork;

/**
 * The in-memory engine. One {@link TenantState} per tenant; one {@link MemoryTransaction} per
 * outermost {@code inTransaction} call, remembered per thread so that nested calls join it.
 *
 * <p>Nested calls: a nested {@code inTransaction} on the same thread and tenant runs its work in the
 * outer transaction. An exception from the inner work propagates to the outer work unchanged and
 * undoes nothing by itself (there are no savepoints); if the outer work catches it and returns
 * normally, the outer transaction commits everything done so far, including what the inner work did
 * before it threw. This is what joining a JDBC transaction without savepoints does too.
 */
final class MemoryStorageEngine implements StorageEngine {

    private final Clock clock;
    private final long lockTimeoutNanos;
    private final ConcurrentHashMap<TenantId, TenantState> tenants = new ConcurrentHashMap<>();
    private final ThreadLocal<MemoryTransaction> current = new ThreadLocal<>();
    private volatile boolean closed;

    MemoryStorageEngine(Clock clock, Duration lockTimeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lockTimeoutNanos = lockTimeout.toNanos();
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        MemoryTransaction outer = current.get();
        if (outer != null) {
            if (!outer.tenant().equals(tenant)) {
                throw new IllegalStateException("a transaction of tenant " + outer.tenant()
                        + " is already running on this thread; a nested transaction cannot switch to tenant " + tenant
                        + ": finish the outer transaction first or run the work on another thread");
            }
            return work.run(outer);
        }
        if (closed) {
            throw new IllegalStateException("the in-memory storage engine is closed; open a new one");
        }
        MemoryTransaction tx = new MemoryTransaction(tenants.computeIfAbsent(tenant, t -> new TenantState()),
                tenant, clock, lockTimeoutNanos);
        current.set(tx);
        try {
            T result;
            try {
                result = work.run(tx);
            } catch (Throwable failure) {
                try {
                    tx.rollback();
                } catch (RuntimeException releaseFailure) {
                    failure.addSuppressed(releaseFailure);
                }
                throw failure;
            }
            tx.commitOrThrowDoom();
            return result;
        } finally {
            current.remove();
        }
    }

    @Override
    public void close() {
        closed = true;
        tenants.clear();
    }
}
