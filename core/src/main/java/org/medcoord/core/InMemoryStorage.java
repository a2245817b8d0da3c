package org.medcoord.core;

import org.medcoord.core.internal.memory.MemoryStorageProvider;
import org.medcoord.core.spi.storage.StorageProvider;

/**
 * The in-memory storage engine, for tests and demos. It is an explicit opt-in: it is not registered for
 * {@link java.util.ServiceLoader} discovery, so MedCoord never falls back to it silently; pass
 * {@link #provider()} to {@code MedCoord.builder().storage(...)} or set {@code medcoord.storage=memory}.
 *
 * <p>The engine keeps real transactional semantics (isolation, atomic commit, rollback, locks, unique
 * keys, gap-free logs) and passes the same {@code StorageEngineContract} as production engines, but
 * everything is lost when the process ends. Setting {@code medcoord.memory.lock-timeout-ms} bounds how
 * long a transaction waits for a lock (default 10,000 ms) before a retryable conflict.
 *
 * @since 0.1.0
 */
public final class InMemoryStorage {

    /** The provider id, usable as the value of the {@code medcoord.storage} setting. */
    public static final String ID = MemoryStorageProvider.ID;

    private InMemoryStorage() {
    }

    /** @return a new in-memory storage provider; each engine it opens is an independent, empty store */
    public static StorageProvider provider() {
        return new MemoryStorageProvider();
    }
}
