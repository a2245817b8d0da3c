package org.medcoord.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The in-memory storage engine's insert, get, update and booking-shaped lock + query + insert, next to
 * a bare {@link ConcurrentHashMap} doing the same puts and gets in the same run, so the cost of
 * transactions, versions, index entries and isolation shows as a ratio.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MemoryEngineBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MemoryEngineBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final int PRELOADED = 10_000;
    private static final int RESOURCES = 200;
    private static final int CAPACITY = 4;
    private static final byte[] BODY = "{\"encrypted\":\"body of about a hundred bytes, as a small sealed document would be...\"}"
            .getBytes(StandardCharsets.UTF_8);

    private StorageEngine engine;
    private ConcurrentHashMap<String, byte[]> baseline;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Integer, Long> versions = new ConcurrentHashMap<>();

    @Setup(Level.Iteration)
    public void setUp() {
        engine = InMemoryStorage.provider().open(StorageSettings.of(Map.of()));
        baseline = new ConcurrentHashMap<>();
        versions.clear();
        engine.inTransaction(TENANT, tx -> {
            for (int i = 0; i < PRELOADED; i++) {
                tx.insert(new DocumentKey("doc", "p" + i), BODY, List.of(new IndexEntry("status", IndexValue.text("active"))), List.of());
                baseline.put("doc/p" + i, BODY);
                versions.put(i, 1L);
            }
            return null;
        });
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Object engineInsert() {
        String id = "n" + sequence.incrementAndGet();
        return engine.inTransaction(TENANT, tx -> tx.insert(new DocumentKey("doc", id), BODY,
                List.of(new IndexEntry("status", IndexValue.text("active"))), List.of()));
    }

    @Benchmark
    public Object baselineInsert() {
        return baseline.put("doc/n" + sequence.incrementAndGet(), BODY);
    }

    @Benchmark
    public Object engineGet() {
        String id = "p" + ThreadLocalRandom.current().nextInt(PRELOADED);
        return engine.inTransaction(TENANT, tx -> tx.get(new DocumentKey("doc", id)));
    }

    @Benchmark
    public Object baselineGet() {
        return baseline.get("doc/p" + ThreadLocalRandom.current().nextInt(PRELOADED));
    }

    @Benchmark
    public Object engineUpdate() {
        int n = ThreadLocalRandom.current().nextInt(PRELOADED);
        return engine.inTransaction(TENANT, tx -> {
            var current = tx.get(new DocumentKey("doc", "p" + n)).orElseThrow();
            return tx.update(current.key(), current.version(), BODY, List.of(new IndexEntry("status", IndexValue.text("active"))), List.of());
        });
    }

    @Benchmark
    public Object baselineUpdate() {
        int n = ThreadLocalRandom.current().nextInt(PRELOADED);
        return baseline.compute("doc/p" + n, (k, v) -> BODY);
    }

    /** A booking: lock the resource, count its overlapping entries in the hour, insert below capacity. */
    @Benchmark
    public void engineLockQueryInsert(Blackhole blackhole) {
        int resource = ThreadLocalRandom.current().nextInt(RESOURCES);
        Instant start = Instant.parse("2026-12-01T08:00:00Z").plusSeconds(3600L * ThreadLocalRandom.current().nextInt(200));
        engine.inTransaction(TENANT, tx -> {
            tx.lock(new DocumentKey("resource-lock", "r" + resource));
            var existing = tx.query(Query.of("booking", List.of(
                    new Predicate.Equals("resource", IndexValue.text("r" + resource)),
                    new Predicate.Range("start", IndexValue.instant(start), IndexValue.instant(start.plusSeconds(3600)))), CAPACITY + 1));
            if (existing.items().size() < CAPACITY) {
                blackhole.consume(tx.insert(new DocumentKey("booking", UUID.randomUUID().toString()), BODY,
                        List.of(new IndexEntry("resource", IndexValue.text("r" + resource)), new IndexEntry("start", IndexValue.instant(start))),
                        List.of()));
            }
            return null;
        });
    }
}
