package org.medcoord.benchmarks.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StoredDocument;
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
 * Insert, get, update and lock through the JDBC engine, each as one transaction, next to raw JDBC
 * sending exactly the statements the engine sends (same SQL, same pool settings, same commit), so the
 * ratio is the engine's own overhead. Update and lock work on a key per thread: this measures
 * throughput, not contention (the contract kit and the booking benchmark cover contention).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JdbcEngineBenchmark -t 1} and {@code -t 8}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class JdbcEngineBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final String TYPE = "doc";
    private static final int PRELOADED = 10_000;
    private static final int POOL = 8;
    private static final byte[] BODY = "{\"encrypted\":\"body of about a hundred bytes, as a small sealed document would be...\"}"
            .getBytes(StandardCharsets.UTF_8);
    // what the engine stores for IndexValue.text("active"): kind byte 1, then UTF-8
    private static final byte[] ACTIVE = {1, 'a', 'c', 't', 'i', 'v', 'e'};

    @Param({"h2", "postgresql"})
    public String db;

    private StorageEngine engine;
    private HikariDataSource raw;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db, "ops");
        engine = database.openEngine(POOL);
        raw = database.openRawPool(POOL);
        boolean loaded = engine.inTransaction(TENANT, tx -> tx.get(new DocumentKey(TYPE, "p0")).isPresent());
        if (!loaded) {
            for (int batch = 0; batch < PRELOADED; batch += 1000) {
                int from = batch;
                engine.inTransaction(TENANT, tx -> {
                    for (int i = from; i < from + 1000; i++) {
                        tx.insert(new DocumentKey(TYPE, "p" + i), BODY, List.of(new IndexEntry("status", IndexValue.text("active"))), List.of());
                    }
                    return null;
                });
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
        raw.close();
    }

    /**
     * Documents and a lock key of the thread's own, for update and lock. Updates rotate over
     * {@value #OWN_DOCS} documents: hammering one row measures PostgreSQL's dead-tuple chains, not the engine.
     */
    @State(Scope.Thread)
    public static class Own {
        static final int OWN_DOCS = 100;
        final DocumentKey[] engineDocs = new DocumentKey[OWN_DOCS];
        final long[] engineVersions = new long[OWN_DOCS];
        final String[] rawDocs = new String[OWN_DOCS];
        DocumentKey lockKey;
        int next;

        @Setup(Level.Trial)
        public void create(JdbcEngineBenchmark bench) {
            String me = UUID.randomUUID().toString();
            lockKey = new DocumentKey("lock", "own-" + me);
            bench.engine.inTransaction(TENANT, tx -> {
                for (int i = 0; i < OWN_DOCS; i++) {
                    engineDocs[i] = new DocumentKey(TYPE, "own-" + me + "-" + i);
                    rawDocs[i] = "raw-" + me + "-" + i;
                    engineVersions[i] = tx.insert(engineDocs[i], BODY, List.of(), List.of()).version();
                    tx.insert(new DocumentKey(TYPE, rawDocs[i]), BODY, List.of(), List.of());
                }
                return null;
            });
        }

        int advance() {
            next = (next + 1) % OWN_DOCS;
            return next;
        }
    }

    private static String randomPreloaded() {
        return "p" + ThreadLocalRandom.current().nextInt(PRELOADED);
    }

    @Benchmark
    public StoredDocument insertEngine() {
        return engine.inTransaction(TENANT, tx -> tx.insert(new DocumentKey(TYPE, UUID.randomUUID().toString()), BODY,
                List.of(new IndexEntry("status", IndexValue.text("active"))), List.of()));
    }

    @Benchmark
    public int insertRaw() throws SQLException {
        try (Connection c = raw.getConnection()) {
            String id = UUID.randomUUID().toString();
            int rows;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mc_documents (tenant, type, id, version, body, written)"
                    + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, TENANT.value());
                ps.setString(2, TYPE);
                ps.setString(3, id);
                ps.setBytes(4, BODY);
                ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                rows = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mc_index_entries (tenant, type, id, field, val) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, TENANT.value());
                ps.setString(2, TYPE);
                ps.setString(3, id);
                ps.setString(4, "status");
                ps.setBytes(5, ACTIVE);
                ps.addBatch();
                ps.executeBatch();
            }
            c.commit();
            return rows;
        }
    }

    @Benchmark
    public Optional<StoredDocument> getEngine() {
        return engine.inTransaction(TENANT, tx -> tx.get(new DocumentKey(TYPE, randomPreloaded())));
    }

    @Benchmark
    public byte[] getRaw() throws SQLException {
        try (Connection c = raw.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version, body, written FROM mc_documents WHERE tenant = ? AND type = ? AND id = ?")) {
            ps.setString(1, TENANT.value());
            ps.setString(2, TYPE);
            ps.setString(3, randomPreloaded());
            byte[] body = null;
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    rs.getLong(1);
                    body = rs.getBytes(2);
                    rs.getObject(3, OffsetDateTime.class);
                }
            }
            c.commit();
            return body;
        }
    }

    @Benchmark
    public StoredDocument updateEngine(Own own) {
        int i = own.advance();
        StoredDocument next = engine.inTransaction(TENANT, tx -> tx.update(own.engineDocs[i], own.engineVersions[i], BODY,
                List.of(new IndexEntry("status", IndexValue.text("active"))), List.of()));
        own.engineVersions[i] = next.version();
        return next;
    }

    @Benchmark
    public long updateRaw(Own own) throws SQLException {
        String doc = own.rawDocs[own.advance()];
        try (Connection c = raw.getConnection()) {
            long version;
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM mc_documents WHERE tenant = ? AND type = ? AND id = ? FOR UPDATE")) {
                bind(ps, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT name, val FROM mc_unique_keys WHERE tenant = ? AND owner_type = ? AND owner_id = ?")) {
                bind(ps, doc);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE mc_documents SET version = ?, body = ?, written = ? WHERE tenant = ? AND type = ? AND id = ?")) {
                ps.setLong(1, version + 1);
                ps.setBytes(2, BODY);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                ps.setString(4, TENANT.value());
                ps.setString(5, TYPE);
                ps.setString(6, doc);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mc_index_entries WHERE tenant = ? AND type = ? AND id = ?")) {
                bind(ps, doc);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mc_index_entries (tenant, type, id, field, val) VALUES (?, ?, ?, ?, ?)")) {
                bind(ps, doc);
                ps.setString(4, "status");
                ps.setBytes(5, ACTIVE);
                ps.addBatch();
                ps.executeBatch();
            }
            c.commit();
            return version + 1;
        }
    }

    @Benchmark
    public int lockEngine(Own own) {
        return engine.inTransaction(TENANT, tx -> {
            tx.lock(own.lockKey);
            return 1;
        });
    }

    @Benchmark
    public int lockRaw(Own own) throws SQLException {
        try (Connection c = raw.getConnection()) {
            int created;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mc_locks (tenant, type, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, TENANT.value());
                ps.setString(2, "lock");
                ps.setString(3, "raw-" + own.lockKey.id());
                created = ps.executeUpdate();
            }
            if (created == 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM mc_locks WHERE tenant = ? AND type = ? AND id = ? FOR UPDATE")) {
                    ps.setString(1, TENANT.value());
                    ps.setString(2, "lock");
                    ps.setString(3, "raw-" + own.lockKey.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
            c.commit();
            return 1;
        }
    }

    private static void bind(PreparedStatement ps, String id) throws SQLException {
        ps.setString(1, TENANT.value());
        ps.setString(2, TYPE);
        ps.setString(3, id);
    }
}
