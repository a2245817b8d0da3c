package org.medcoord.storage.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.TenantId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.spi.storage.Cursor;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Order;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * What the JDBC engine must get right on every database it runs on, beyond (and before) the shared
 * {@code StorageEngineContract}: the SQL-specific paths (conflicts that must not abort a PostgreSQL
 * transaction, the order-preserving index encoding, cursors, the head-row log sequence).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcEngineBehaviour {

    private StorageEngine engine;
    private TenantId tenant;

    protected abstract StorageEngine openEngine() throws Exception;

    @BeforeAll
    void open() throws Exception {
        engine = openEngine();
    }

    @AfterAll
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static DocumentKey key(String id) {
        return new DocumentKey("patient", id);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    private Optional<StoredDocument> get(String id) {
        return tx(t -> t.get(key(id)));
    }

    private List<LogEntry> read(String stream, long from, int max) {
        return tx(t -> t.read(stream, from, max));
    }

    private long append(String stream, String entry) {
        return tx(t -> t.append(stream, bytes(entry)));
    }

    private <T> T tx(org.medcoord.core.spi.storage.TransactionWork<T> work) {
        return engine.inTransaction(tenant, work);
    }

    @Test
    @DisplayName("an inserted document reads back equal, at version 1, in a later transaction")
    void insertedDocumentReadsBack() {
        StoredDocument stored = tx(t -> t.insert(key("a"), bytes("body"), List.of(), List.of()));
        Optional<StoredDocument> read = tx(t -> t.get(key("a")));
        assertThat(read).contains(stored);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("a duplicate insert fails as a unique-key violation and the transaction can go on and commit")
    void duplicateInsertLeavesTransactionUsable() {
        tx(t -> t.insert(key("a"), bytes("first"), List.of(), List.of()));
        tx(t -> {
            assertThatThrownBy(() -> t.insert(key("a"), bytes("second"), List.of(), List.of()))
                    .isInstanceOf(UniqueKeyViolationException.class);
            return t.insert(key("b"), bytes("other"), List.of(), List.of());
        });
        assertThat(get("a").map(d -> new String(d.body(), UTF_8))).contains("first");
        assertThat(get("b")).isPresent();
    }

    @Test
    @DisplayName("an insert whose second unique key is taken changes nothing: no document, no first key")
    void insertWithOneTakenUniqueKeyChangesNothing() {
        tx(t -> t.insert(key("holder"), bytes("x"), List.of(), List.of(new UniqueKey("mrn", "2"))));
        tx(t -> {
            assertThatThrownBy(() -> t.insert(key("late"), bytes("y"), List.of(),
                    List.of(new UniqueKey("mrn", "1"), new UniqueKey("mrn", "2"))))
                    .isInstanceOf(UniqueKeyViolationException.class)
                    .hasMessageContaining("mrn");
            assertThat(t.get(key("late"))).isEmpty();
            // the first key was released again: another document can take it in the same transaction
            return t.insert(key("other"), bytes("z"), List.of(), List.of(new UniqueKey("mrn", "1")));
        });
    }

    @Test
    @DisplayName("update with a stale version fails with a version conflict; a missing document is not found")
    void staleUpdateFailsAndMissingIsNotFound() {
        tx(t -> t.insert(key("a"), bytes("v1"), List.of(), List.of()));
        StoredDocument v2 = tx(t -> t.update(key("a"), 1, bytes("v2"), List.of(), List.of()));
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> tx(t -> t.update(key("a"), 1, bytes("v3"), List.of(), List.of())))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> tx(t -> t.update(key("none"), 1, bytes("x"), List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(get("a")).contains(v2);
    }

    @Test
    @DisplayName("an update releases the unique keys the document no longer declares")
    void updateReleasesDroppedUniqueKeys() {
        tx(t -> t.insert(key("a"), bytes("x"), List.of(), List.of(new UniqueKey("mrn", "1"))));
        tx(t -> t.update(key("a"), 1, bytes("x"), List.of(), List.of(new UniqueKey("mrn", "9"))));
        tx(t -> t.insert(key("b"), bytes("y"), List.of(), List.of(new UniqueKey("mrn", "1"))));
        assertThatThrownBy(() -> tx(t -> t.insert(key("c"), bytes("z"), List.of(), List.of(new UniqueKey("mrn", "9")))))
                .isInstanceOf(UniqueKeyViolationException.class);
    }

    @Test
    @DisplayName("work that throws rolls back documents, keys and appends, and its exception arrives unchanged")
    void failedWorkRollsBackEverything() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> tx(t -> {
            t.insert(key("a"), bytes("x"), List.of(), List.of(new UniqueKey("mrn", "1")));
            t.append("audit", bytes("e"));
            throw boom;
        })).isSameAs(boom);
        assertThat(get("a")).isEmpty();
        assertThat(read("audit", 1, 10)).isEmpty();
        assertThat(append("audit", "first")).isEqualTo(1);
        tx(t -> t.insert(key("b"), bytes("y"), List.of(), List.of(new UniqueKey("mrn", "1"))));
    }

    @Test
    @DisplayName("a nested transaction of the same tenant joins the outer one; another tenant's is refused")
    void nestedTransactionsJoin() {
        assertThatThrownBy(() -> tx(t -> {
            engine.inTransaction(tenant, inner -> inner.insert(key("inner"), bytes("x"), List.of(), List.of()));
            assertThat(t.get(key("inner"))).isPresent();
            throw new IllegalArgumentException("outer fails");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(get("inner")).isEmpty();
        assertThatThrownBy(() -> tx(t -> engine.inTransaction(TenantId.of("someone-else"), inner -> inner.get(key("a")))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("documents of one tenant are invisible to another")
    void tenantsAreSeparate() {
        tx(t -> t.insert(key("a"), bytes("x"), List.of(new IndexEntry("status", IndexValue.text("open"))), List.of(new UniqueKey("mrn", "1"))));
        TenantId other = TenantId.of("other-" + UUID.randomUUID().toString().substring(0, 8));
        engine.inTransaction(other, t -> {
            assertThat(t.get(key("a"))).isEmpty();
            assertThat(t.query(Query.of("patient", List.of(), 10)).items()).isEmpty();
            return t.insert(key("a"), bytes("y"), List.of(), List.of(new UniqueKey("mrn", "1")));
        });
    }

    @Test
    @DisplayName("an ordered query sorts by each document's smallest entry, then id, and pages with cursors")
    void orderedQueryPagesWithCursors() {
        tx(t -> {
            long[] values = {5, -3, 12, -3, 0, Long.MIN_VALUE, Long.MAX_VALUE};
            for (int i = 0; i < values.length; i++) {
                t.insert(key("d" + i), bytes("x"), List.of(new IndexEntry("n", IndexValue.number(values[i])),
                        new IndexEntry("n", IndexValue.number(100)), new IndexEntry("kind", IndexValue.text("k"))), List.of());
            }
            t.insert(key("no-n"), bytes("x"), List.of(new IndexEntry("kind", IndexValue.text("k"))), List.of());
            return null;
        });
        List<String> ascending = pageThrough(new Query("patient", List.of(new Predicate.Equals("kind", IndexValue.text("k"))), Order.asc("n"), 2, null));
        assertThat(ascending).containsExactly("d5", "d1", "d3", "d4", "d0", "d2", "d6");
        List<String> descending = pageThrough(new Query("patient", List.of(), Order.desc("n"), 3, null));
        assertThat(descending).containsExactly("d6", "d2", "d0", "d4", "d3", "d1", "d5");
        List<String> byId = pageThrough(Query.of("patient", List.of(), 3));
        assertThat(byId).containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d6", "no-n");
    }

    private List<String> pageThrough(Query first) {
        List<String> ids = new ArrayList<>();
        Query query = first;
        for (int guard = 0; guard < 100; guard++) {
            Query current = query;
            Page<StoredDocument> page = tx(t -> t.query(current));
            page.items().forEach(d -> ids.add(d.key().id()));
            if (page.next().isEmpty()) {
                return ids;
            }
            assertThat(page.items()).hasSize(first.limit());
            Cursor next = page.next().get();
            query = current.after(next);
        }
        throw new AssertionError("paging did not end");
    }

    @Test
    @DisplayName("text compares by code point, whatever the database's collation")
    void textOrdersByCodePoint() {
        List<String> texts = List.of("B", "a", "é", "\uFFFF", "😀", "Z", "aa", "");
        tx(t -> {
            for (int i = 0; i < texts.size(); i++) {
                t.insert(key("t" + i), bytes("x"), List.of(new IndexEntry("name", IndexValue.text(texts.get(i)))), List.of());
            }
            return null;
        });
        List<String> expected = texts.stream().sorted((x, y) -> IndexValue.text(x).compareTo(IndexValue.text(y)))
                .map(s -> "t" + texts.indexOf(s)).toList();
        assertThat(pageThrough(new Query("patient", List.of(), Order.asc("name"), 3, null))).isEqualTo(expected);
    }

    @Test
    @DisplayName("ranges are half-open, respect open ends within their kind, and combine with equality and IN")
    void rangesEqualityAndIn() {
        Instant base = Instant.parse("2026-03-01T09:00:00Z");
        tx(t -> {
            for (int i = 0; i < 6; i++) {
                t.insert(key("s" + i), bytes("x"), List.of(new IndexEntry("start", IndexValue.instant(base.plusSeconds(3600L * i))),
                        new IndexEntry("room", IndexValue.text(i % 2 == 0 ? "r1" : "r2")),
                        new IndexEntry("start", IndexValue.text("not an instant"))), List.of());
            }
            return null;
        });
        Page<StoredDocument> page = tx(t -> t.query(Query.of("patient", List.of(
                new Predicate.Range("start", IndexValue.instant(base.plusSeconds(3600)), IndexValue.instant(base.plusSeconds(4 * 3600))),
                new Predicate.In("room", List.of(IndexValue.text("r2"), IndexValue.text("r9")))), 100)));
        assertThat(page.items()).extracting(d -> d.key().id()).containsExactly("s1", "s3");
        Page<StoredDocument> openEnded = tx(t -> t.query(Query.of("patient", List.of(
                new Predicate.Range("start", IndexValue.instant(base.plusSeconds(4 * 3600)), null)), 100)));
        assertThat(openEnded.items()).extracting(d -> d.key().id()).containsExactly("s4", "s5");
        Page<StoredDocument> openStart = tx(t -> t.query(Query.of("patient", List.of(
                new Predicate.Range("start", null, IndexValue.instant(base.plusSeconds(1)))), 100)));
        assertThat(openStart.items()).extracting(d -> d.key().id()).containsExactly("s0");
    }

    @Test
    @DisplayName("a query sees the transaction's own uncommitted writes, and re-indexing replaces entries")
    void querySeesOwnWritesAndReindexing() {
        tx(t -> {
            t.insert(key("a"), bytes("x"), List.of(new IndexEntry("status", IndexValue.text("open"))), List.of());
            assertThat(t.query(Query.of("patient", List.of(new Predicate.Equals("status", IndexValue.text("open"))), 10)).items()).hasSize(1);
            t.update(key("a"), 1, bytes("x"), List.of(new IndexEntry("status", IndexValue.text("closed"))), List.of());
            assertThat(t.query(Query.of("patient", List.of(new Predicate.Equals("status", IndexValue.text("open"))), 10)).items()).isEmpty();
            return null;
        });
    }

    @Test
    @DisplayName("appends number a stream 1, 2, 3 … and read pages through it")
    void appendAndRead() {
        List<Long> seqs = tx(t -> List.of(t.append("outbox", bytes("a")), t.append("outbox", bytes("b")), t.append("other", bytes("c"))));
        assertThat(seqs).containsExactly(1L, 2L, 1L);
        assertThat(append("outbox", "d")).isEqualTo(3);
        assertThat(read("outbox", 2, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("b", "d");
        assertThat(read("outbox", 1, 1)).extracting(e -> e.seq()).containsExactly(1L);
    }

    @Test
    @DisplayName("a lock serializes read-modify-write across threads: no version conflict ever happens")
    void lockSerializesReadModifyWrite() throws Exception {
        DocumentKey counter = key("counter");
        tx(t -> t.insert(counter, bytes("0"), List.of(), List.of()));
        int threads = 6;
        int rounds = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        tx(t -> {
                            t.lock(new DocumentKey("lock", "counter"));
                            StoredDocument current = t.get(counter).orElseThrow();
                            int value = Integer.parseInt(new String(current.body(), UTF_8));
                            return t.update(counter, current.version(), bytes(Integer.toString(value + 1)), List.of(), List.of());
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : results) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StoredDocument last = tx(t -> t.get(counter)).orElseThrow();
        assertThat(new String(last.body(), UTF_8)).isEqualTo(Integer.toString(threads * rounds));
        assertThat(last.version()).isEqualTo(threads * rounds + 1L);
    }
}
