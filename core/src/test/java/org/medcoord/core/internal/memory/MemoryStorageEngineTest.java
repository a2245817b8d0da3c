package org.medcoord.core.internal.memory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.RetryableConflictException;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;

/** What the in-memory engine does beyond the storage contract kit (which runs in the testkit module). */
class MemoryStorageEngineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123456Z");
    private final TenantId tenant = TenantId.of("clinic-" + UUID.randomUUID());
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private StorageEngine engine = open(Map.of(MemoryStorageProvider.LOCK_TIMEOUT_SETTING, "300"));

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
        engine.close();
    }

    private static StorageEngine open(Map<String, String> settings) {
        return new MemoryStorageProvider().open(new StorageSettings(settings, Map.of(), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private Optional<StoredDocument> stored(DocumentKey key) {
        return engine.inTransaction(tenant, tx -> tx.get(key));
    }

    private static DocumentKey key() {
        return new DocumentKey("visit", UUID.randomUUID().toString());
    }

    @Test
    void providerIsTheExplicitOptInMemoryEngine() {
        StorageProvider provider = InMemoryStorage.provider();

        assertThat(provider).isInstanceOf(MemoryStorageProvider.class);
        assertThat(provider.id()).isEqualTo("memory").isEqualTo(InMemoryStorage.ID);
        assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::type))
                .as("never discovered, so never a silent fallback").doesNotContain(MemoryStorageProvider.class);
    }

    @Test
    void lockWaitBeyondTheTimeoutFailsWithARetryableConflictAndRollsBack() throws Exception {
        DocumentKey lockKey = key();
        DocumentKey written = key();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> engine.inTransaction(tenant, tx -> {
            tx.lock(lockKey);
            held.countDown();
            awaitLatch(release);
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        try {
            Throwable thrown = catchThrowable(() -> engine.inTransaction(tenant, tx -> {
                tx.insert(written, "x".getBytes(UTF_8), List.of(), List.of());
                tx.lock(lockKey);
                return null;
            }));

            assertThat(thrown).isInstanceOf(RetryableConflictException.class);
            assertThat(thrown.getMessage()).startsWith("MC-STORE-003").contains("300 ms");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(250L, 5_000L);
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        assertThat(stored(written)).isEmpty();
    }

    @Test
    void aSwallowedLockTimeoutStillRollsBackTheTransaction() throws Exception {
        DocumentKey lockKey = key();
        DocumentKey written = key();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> engine.inTransaction(tenant, tx -> {
            tx.lock(lockKey);
            held.countDown();
            awaitLatch(release);
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            Throwable thrown = catchThrowable(() -> engine.inTransaction(tenant, tx -> {
                tx.insert(written, "x".getBytes(UTF_8), List.of(), List.of());
                catchThrowable(() -> tx.lock(lockKey));
                return "work pretends all is well";
            }));

            assertThat(thrown).isInstanceOf(RetryableConflictException.class);
        } finally {
            release.countDown();
        }
        holder.get(10, TimeUnit.SECONDS);
        assertThat(stored(written)).isEmpty();
    }

    @Test
    void twoTransactionsLockingInOppositeOrderEndWithOneRetryableConflict() throws Exception {
        DocumentKey first = key();
        DocumentKey second = key();
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        Future<Throwable> a = pool.submit(() -> catchThrowable(() -> engine.inTransaction(tenant, tx -> {
            tx.lock(first);
            awaitBarrier(bothHoldOne);
            tx.lock(second);
            return null;
        })));
        Future<Throwable> b = pool.submit(() -> catchThrowable(() -> engine.inTransaction(tenant, tx -> {
            tx.lock(second);
            awaitBarrier(bothHoldOne);
            tx.lock(first);
            return null;
        })));

        List<Throwable> outcomes = Arrays.asList(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));

        assertThat(outcomes).as("the engine breaks the deadlock by failing a lock wait")
                .filteredOn(t -> t instanceof RetryableConflictException).isNotEmpty();
        assertThat(engine.<String>inTransaction(tenant, tx -> {
            tx.lock(first);
            tx.lock(second);
            return "both free again";
        })).isEqualTo("both free again");
    }

    @Test
    void innerFailureCaughtByTheOuterWorkCommitsWhatWasDone() {
        DocumentKey before = key();
        DocumentKey outerAfter = key();
        RuntimeException innerFailure = new IllegalStateException("inner");

        engine.inTransaction(tenant, outer -> {
            Throwable thrown = catchThrowable(() -> engine.inTransaction(tenant, inner -> {
                inner.insert(before, "inner".getBytes(UTF_8), List.of(), List.of());
                throw innerFailure;
            }));
            assertThat(thrown).isSameAs(innerFailure);
            return outer.insert(outerAfter, "outer".getBytes(UTF_8), List.of(), List.of());
        });

        assertThat(stored(before)).as("joined work has no savepoint").isPresent();
        assertThat(stored(outerAfter)).isPresent();
    }

    @Test
    void timestampsComeFromTheSettingsClock() {
        DocumentKey key = key();

        var inserted = engine.inTransaction(tenant, tx -> tx.insert(key, new byte[] {1}, List.of(), List.of()));
        engine.inTransaction(tenant, tx -> tx.append("audit", new byte[] {2}));

        assertThat(inserted.written()).isEqualTo(NOW);
        assertThat(engine.inTransaction(tenant, tx -> tx.read("audit", 1, 1)).get(0).appended()).isEqualTo(NOW);
    }

    @Test
    void aTransactionCannotBeUsedAfterItsWorkOrFromAnotherThread() throws Exception {
        AtomicReference<Transaction> leaked = new AtomicReference<>();
        engine.inTransaction(tenant, tx -> {
            leaked.set(tx);
            Future<Throwable> fromOtherThread = pool.submit(() -> catchThrowable(() -> tx.get(key())));
            assertThat(within(fromOtherThread)).isInstanceOf(IllegalStateException.class);
            return null;
        });

        assertThatThrownBy(() -> leaked.get().get(key())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedEngineStartsNoTransaction() {
        engine.close();

        assertThatThrownBy(() -> engine.inTransaction(tenant, tx -> tx.get(key()))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLockTimeoutThatIsNotAPositiveNumberIsAConfigurationError() {
        for (String bad : List.of("soon", "0", "-5")) {
            Throwable thrown = catchThrowable(() -> open(Map.of(MemoryStorageProvider.LOCK_TIMEOUT_SETTING, bad)));

            assertThat(thrown).isInstanceOf(ConfigurationException.class);
            assertThat(thrown.getMessage()).startsWith("MC-STORE-005").contains(MemoryStorageProvider.LOCK_TIMEOUT_SETTING);
        }
    }

    @Test
    void readRejectsASequenceBelowOne() {
        assertThatThrownBy(() -> engine.inTransaction(tenant, tx -> tx.read("audit", 0, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> T within(Future<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
