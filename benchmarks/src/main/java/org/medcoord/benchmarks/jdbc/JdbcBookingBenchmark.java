package org.medcoord.benchmarks.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StorageEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A booking as scheduling does it: lock the resource, query its bookings that overlap the wanted slot
 * (equality on resource and day, range on start), insert when free. Run on tables of {@code size}
 * bookings spread over {@value #RESOURCES} resources; the time per booking should stay near-flat as the
 * table grows, because every step is an index probe.
 *
 * <p>The data set of each size is loaded once (through the engine) and kept between runs: the H2 file
 * under {@code ./target/bench-h2/}, the PostgreSQL schema {@code mc_bench_booking_<size>}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JdbcBookingBenchmark -p size=10000,100000}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcBookingBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final int RESOURCES = 1000;
    private static final Instant DAY_ZERO = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final byte[] BODY = "{\"encrypted\":\"a sealed appointment of about a hundred bytes, patient and reason inside..\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Param({"h2", "postgresql"})
    public String db;

    @Param({"10000", "100000"})
    public int size;

    private StorageEngine engine;
    private int days;

    @Setup(Level.Trial)
    public void open() throws Exception {
        BenchDatabase database = BenchDatabase.of(db, "booking_" + size);
        engine = database.openEngine(8);
        days = Math.max(1, size / RESOURCES / 16);
        boolean loaded = engine.inTransaction(TENANT, tx -> tx.get(new DocumentKey("bench-meta", "loaded")).isPresent());
        if (!loaded) {
            // 16 bookings a day per resource, at random half-hours of a 24-hour day (48 slots)
            for (int from = 0; from < size; from += 1000) {
                int start = from;
                engine.inTransaction(TENANT, tx -> {
                    for (int i = start; i < Math.min(size, start + 1000); i++) {
                        int resource = i % RESOURCES;
                        int day = (i / RESOURCES) % days;
                        int slot = ThreadLocalRandom.current().nextInt(48);
                        tx.insert(new DocumentKey("booking", UUID.randomUUID().toString()), BODY, entries(resource, day, slot), List.of());
                    }
                    return null;
                });
            }
            engine.inTransaction(TENANT, tx -> tx.insert(new DocumentKey("bench-meta", "loaded"), new byte[] {1}, List.of(), List.of()));
        }
        database.analyze();
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    private static List<IndexEntry> entries(int resource, int day, int slot) {
        return List.of(new IndexEntry("resource-day", IndexValue.text("r" + resource + "|" + day)),
                new IndexEntry("start", IndexValue.instant(DAY_ZERO.plus(Duration.ofDays(day)).plus(SLOT.multipliedBy(slot)))));
    }

    /** @return true when booked, false when the slot was taken */
    @Benchmark
    public boolean book() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int resource = random.nextInt(RESOURCES);
        int day = random.nextInt(days);
        int slot = random.nextInt(48);
        Instant start = DAY_ZERO.plus(Duration.ofDays(day)).plus(SLOT.multipliedBy(slot));
        return engine.inTransaction(TENANT, tx -> {
            tx.lock(new DocumentKey("resource-lock", "r" + resource));
            boolean taken = !tx.query(Query.of("booking", List.of(
                    new Predicate.Equals("resource-day", IndexValue.text("r" + resource + "|" + day)),
                    new Predicate.Range("start", IndexValue.instant(start), IndexValue.instant(start.plus(SLOT)))), 1)).items().isEmpty();
            if (!taken) {
                tx.insert(new DocumentKey("booking", UUID.randomUUID().toString()), BODY, entries(resource, day, slot), List.of());
            }
            return !taken;
        });
    }
}
