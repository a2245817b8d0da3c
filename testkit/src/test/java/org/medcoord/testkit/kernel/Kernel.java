package org.medcoord.testkit.kernel;

import java.time.Instant;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.MedCoord;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;
import org.medcoord.testkit.storage.InterceptingStorageProvider;

/** A MedCoord on the in-memory engine, seen through an intercepting provider, for the kernel's own tests. */
final class Kernel implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    final InterceptingStorageProvider storage = new InterceptingStorageProvider(InMemoryStorage.provider());
    final MedCoord medcoord;

    Kernel(MedCoord.Builder builder) {
        this.medcoord = builder.storage(storage).settings(TestKeys.settings()).clock(clock).withoutDiscovery().build();
    }

    Kernel() {
        this(MedCoord.builder());
    }

    <T> T service(Class<T> type) {
        return medcoord.service(type);
    }

    @Override
    public void close() {
        medcoord.close();
    }
}
