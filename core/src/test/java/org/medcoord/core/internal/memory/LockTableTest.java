package org.medcoord.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.core.spi.storage.DocumentKey;

class LockTableTest {

    private final LockTable locks = new LockTable();
    private final LockName name = new LockName.Document(new DocumentKey("room", "r-1"));

    @Test
    void releasedLocksLeaveNoEntryBehind() throws Exception {
        for (int i = 0; i < 100; i++) {
            LockName each = new LockName.Document(new DocumentKey("room", "r-" + i));
            assertThat(locks.acquire(each, TimeUnit.SECONDS.toNanos(1))).isTrue();
            locks.release(each);
        }

        assertThat(locks.size()).isZero();
    }

    @Test
    void aTimedOutWaiterLeavesNoEntryBehindOnceTheHolderReleases() throws Exception {
        assertThat(locks.acquire(name, TimeUnit.SECONDS.toNanos(1))).isTrue();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            boolean acquired = other.submit(() -> locks.acquire(name, TimeUnit.MILLISECONDS.toNanos(50))).get(10, TimeUnit.SECONDS);

            assertThat(acquired).isFalse();
            assertThat(locks.size()).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
        locks.release(name);
        assertThat(locks.size()).isZero();
    }
}
