package org.medcoord.core.internal.memory;

import java.time.Duration;
import java.util.Objects;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;

/**
 * Opens in-memory engines. Public (with a public no-arg constructor) so that the bootstrap can create it
 * when {@code medcoord.storage=memory}; deliberately not listed in {@code META-INF/services}, so it is
 * never picked up by discovery and never becomes a silent fallback.
 *
 * <p>Setting {@value #LOCK_TIMEOUT_SETTING}: how long a transaction waits for a lock held by another
 * before giving up with a retryable conflict (default 10,000 ms).
 */
public final class MemoryStorageProvider implements StorageProvider {

    /** The provider id, matched by the {@code medcoord.storage} setting. */
    public static final String ID = "memory";
    /** Milliseconds a transaction waits for a lock before it is treated as a possible deadlock. */
    public static final String LOCK_TIMEOUT_SETTING = "medcoord.memory.lock-timeout-ms";
    static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    /** Needed by discovery-style instantiation; holds no state. */
    public MemoryStorageProvider() {
        // stateless: every open() creates an independent store
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public StorageEngine open(StorageSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new MemoryStorageEngine(settings.clock(), lockTimeout(settings));
    }

    private static Duration lockTimeout(StorageSettings settings) {
        String raw = settings.value(LOCK_TIMEOUT_SETTING).orElse(null);
        if (raw == null) {
            return DEFAULT_LOCK_TIMEOUT;
        }
        long millis;
        try {
            millis = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            millis = -1;
        }
        if (millis <= 0) {
            throw new ConfigurationException("MC-STORE-005", "setting " + LOCK_TIMEOUT_SETTING
                    + " must be a positive whole number of milliseconds, was '" + raw + "'; fix it or remove it to use the default of "
                    + DEFAULT_LOCK_TIMEOUT.toMillis());
        }
        return Duration.ofMillis(millis);
    }
}
