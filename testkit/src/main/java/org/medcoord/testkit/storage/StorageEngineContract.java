package org.medcoord.testkit.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoordException;
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
import org.medcoord.core.spi.storage.Transaction;
import org.medcoord.core.spi.storage.TransactionWork;
import org.medcoord.core.spi.storage.UniqueKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract every {@link StorageEngine} keeps, as STORAGE-SPI.md describes it: documents and
 * versions, engine-held unique keys, index queries, transactions, locks, gap-free logs, tenancy,
 * concurrency and typed errors. Extend it in your engine's test code and implement
 * {@link #openEngine()}:
 *
 * <pre>{@code
 * class MyEngineContractTest extends StorageEngineContract {
 *     @Override
 *     protected StorageEngine openEngine() {
 *         return new MyStorageProvider().open(StorageSettings.of(Map.of(...)));
 *     }
 * }
 * }</pre>
 *
 * <p>The engine is opened once per test class and closed after all tests. Every test works in fresh,
 * random tenants, so tests never see each other's data and the store need not be empty. Engines on a
 * shared database also override {@link #openSecondEngineOnSameStore()}, which turns on the races
 * between two engines (two processes, in production).
 *
 * <p>Concurrency is proven by racing real threads; every wait is bounded, so a broken engine fails the
 * kit instead of hanging the build. Engines must not wait longer than {@link #LOCK_WAIT} for a lock
 * held by a transaction that ends normally.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("A storage engine")
public abstract class StorageEngineContract {

    /** How long any single step of a concurrent test may take before the test fails. */
    protected static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    /** How long a thread is given to reach a blocking call before the blocker lets go; not an assertion. */
    private static final long BLOCK_WINDOW_MILLIS = 150;
    private static final int THREADS = 8;
    private static final String TYPE = "contract-doc";

    private StorageEngine engine;
    private StorageEngine second;

    /**
     * Opens the engine under test. Called once per test class, before any test; the kit closes it after
     * all tests of the class.
     *
     * @return an open engine; it may already hold data (the kit only uses fresh tenants)
     */
    protected abstract StorageEngine openEngine();

    /**
     * Opens a second engine on the same store as {@link #openEngine()}, with its own connections, as a
     * second process would. Engines on a shared database (JDBC) override it; the kit then races
     * transactions across both engines. Called once, after {@link #openEngine()}.
     *
     * @return a second engine on the same store, or {@code null} (the default) when there is no such thing
     */
    protected StorageEngine openSecondEngineOnSameStore() {
        return null;
    }

    @BeforeAll
    final void openEngines() {
        engine = openEngine();
        assertThat(engine).as("openEngine() must return an engine").isNotNull();
        second = openSecondEngineOnSameStore();
    }

    @AfterAll
    final void closeEngines() {
        try {
            if (second != null) {
                second.close();
            }
        } finally {
            if (engine != null) {
                engine.close();
            }
        }
    }

    /** @return the engine under test */
    protected final StorageEngine engine() {
        return engine;
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("stores documents with versions")
    class DocumentsAndVersions {

        @Test
        @DisplayName("insert creates version 1, and get returns it in a later transaction")
        void insertCreatesVersionOne() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            StoredDocument inserted = tx(tenant, tx -> tx.insert(key, bytes("first"), List.of(), List.of()));

            assertThat(inserted.key()).isEqualTo(key);
            assertThat(inserted.version()).isEqualTo(1);
            assertThat(inserted.body()).isEqualTo(bytes("first"));
            assertThat(inserted.written()).isNotNull();
            StoredDocument read = get(tenant, key).orElseThrow();
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.body()).isEqualTo(bytes("first"));
        }

        @Test
        @DisplayName("get of a key nobody wrote is empty")
        void getOfMissingDocumentIsEmpty() {
            assertThat(get(newTenant(), newKey())).isEmpty();
        }

        @Test
        @DisplayName("update with the current version creates the next one and replaces the body")
        void updateWithCurrentVersionIncrementsIt() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("v1"), List.of(), List.of()));

            StoredDocument v2 = tx(tenant, tx -> tx.update(key, 1, bytes("v2"), List.of(), List.of()));
            StoredDocument v3 = tx(tenant, tx -> tx.update(key, 2, bytes("v3"), List.of(), List.of()));

            assertThat(v2.version()).isEqualTo(2);
            assertThat(v3.version()).isEqualTo(3);
            StoredDocument read = get(tenant, key).orElseThrow();
            assertThat(read.version()).isEqualTo(3);
            assertThat(read.body()).isEqualTo(bytes("v3"));
        }

        @Test
        @DisplayName("update with a stale or future version fails with a version conflict and changes nothing")
        void updateWithStaleVersionFailsAndChangesNothing() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("v1"), List.of(text("status", "a")), List.of()));
            tx(tenant, tx -> tx.update(key, 1, bytes("v2"), List.of(text("status", "b")), List.of()));

            assertThatThrownBy(() -> tx(tenant, tx -> tx.update(key, 1, bytes("stale"), List.of(text("status", "c")), List.of())))
                    .isInstanceOf(VersionConflictException.class);
            assertThatThrownBy(() -> tx(tenant, tx -> tx.update(key, 7, bytes("future"), List.of(text("status", "c")), List.of())))
                    .isInstanceOf(VersionConflictException.class);

            StoredDocument read = get(tenant, key).orElseThrow();
            assertThat(read.version()).isEqualTo(2);
            assertThat(read.body()).isEqualTo(bytes("v2"));
            assertThat(ids(tenant, List.of(eq("status", "c")))).isEmpty();
            assertThat(ids(tenant, List.of(eq("status", "b")))).containsExactly(key.id());
        }

        @Test
        @DisplayName("update of a document that does not exist fails with not found")
        void updateOfMissingDocumentFailsWithNotFound() {
            assertThatThrownBy(() -> tx(newTenant(), tx -> tx.update(newKey(), 1, bytes("x"), List.of(), List.of())))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        @DisplayName("insert under a key that already holds a document fails with a unique-key violation")
        void insertOnExistingKeyFailsWithUniqueViolation() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("original"), List.of(), List.of()));

            assertThatThrownBy(() -> tx(tenant, tx -> tx.insert(key, bytes("again"), List.of(), List.of())))
                    .isInstanceOf(UniqueKeyViolationException.class);
            DocumentKey fresh = newKey();
            assertThatThrownBy(() -> tx(tenant, tx -> {
                tx.insert(fresh, bytes("one"), List.of(), List.of());
                return tx.insert(fresh, bytes("two"), List.of(), List.of());
            })).isInstanceOf(UniqueKeyViolationException.class);

            StoredDocument read = get(tenant, key).orElseThrow();
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.body()).isEqualTo(bytes("original"));
        }

        @Test
        @DisplayName("the same id under two document types names two documents")
        void sameIdUnderTwoTypesIsTwoDocuments() {
            TenantId tenant = newTenant();
            String id = UUID.randomUUID().toString();
            tx(tenant, tx -> tx.insert(new DocumentKey("contract-a", id), bytes("a"), List.of(), List.of()));
            tx(tenant, tx -> tx.insert(new DocumentKey("contract-b", id), bytes("b"), List.of(), List.of()));

            assertThat(get(tenant, new DocumentKey("contract-a", id)).orElseThrow().body()).isEqualTo(bytes("a"));
            assertThat(get(tenant, new DocumentKey("contract-b", id)).orElseThrow().body()).isEqualTo(bytes("b"));
        }

        @Test
        @DisplayName("a body changed by the caller after insert is stored as it was handed over")
        void bodyIsCopiedOnInsert() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            byte[] body = bytes("as handed over");
            tx(tenant, tx -> tx.insert(key, body, List.of(), List.of()));
            body[0] = 'X';

            assertThat(get(tenant, key).orElseThrow().body()).isEqualTo(bytes("as handed over"));
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("enforces unique keys")
    class UniqueKeys {

        @Test
        @DisplayName("a second document claiming a taken unique value fails and is not stored")
        void takenUniqueValueFails() {
            TenantId tenant = newTenant();
            tx(tenant, tx -> tx.insert(newKey(), bytes("a"), List.of(text("tag", "x")), List.of(mrn("M-1"))));
            DocumentKey second = newKey();

            Throwable thrown = catchThrowable(() -> tx(tenant, tx -> tx.insert(second, bytes("b"), List.of(text("tag", "x")), List.of(mrn("M-1")))));

            assertThat(thrown).isInstanceOf(UniqueKeyViolationException.class);
            assertThat(((UniqueKeyViolationException) thrown).keyName()).isEqualTo("patient.mrn");
            assertThat(get(tenant, second)).isEmpty();
            assertThat(ids(tenant, List.of(eq("tag", "x")))).hasSize(1);
        }

        @Test
        @DisplayName("the same value under two key names does not collide")
        void sameValueUnderTwoNamesIsFine() {
            TenantId tenant = newTenant();
            tx(tenant, tx -> tx.insert(newKey(), bytes("a"), List.of(), List.of(new UniqueKey("patient.mrn", "V"))));
            tx(tenant, tx -> tx.insert(newKey(), bytes("b"), List.of(), List.of(new UniqueKey("idempotency", "V"))));
        }

        @Test
        @DisplayName("an update keeping its own unique value does not collide with itself")
        void updateKeepingItsUniqueValueIsFine() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("a"), List.of(), List.of(mrn("M-1"))));

            StoredDocument v2 = tx(tenant, tx -> tx.update(key, 1, bytes("b"), List.of(), List.of(mrn("M-1"))));

            assertThat(v2.version()).isEqualTo(2);
            assertThatThrownBy(() -> tx(tenant, tx -> tx.insert(newKey(), bytes("c"), List.of(), List.of(mrn("M-1")))))
                    .isInstanceOf(UniqueKeyViolationException.class);
        }

        @Test
        @DisplayName("an update that drops a unique value releases it, and takes the new one")
        void updateReleasesDroppedValue() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("a"), List.of(), List.of(mrn("OLD"))));

            tx(tenant, tx -> tx.update(key, 1, bytes("a2"), List.of(), List.of(mrn("NEW"))));

            tx(tenant, tx -> tx.insert(newKey(), bytes("b"), List.of(), List.of(mrn("OLD"))));
            assertThatThrownBy(() -> tx(tenant, tx -> tx.insert(newKey(), bytes("c"), List.of(), List.of(mrn("NEW")))))
                    .isInstanceOf(UniqueKeyViolationException.class);
        }

        @Test
        @DisplayName("an update to a value another document holds fails and changes nothing")
        void updateToTakenValueFails() {
            TenantId tenant = newTenant();
            DocumentKey first = newKey();
            DocumentKey second = newKey();
            tx(tenant, tx -> tx.insert(first, bytes("a"), List.of(), List.of(mrn("A"))));
            tx(tenant, tx -> tx.insert(second, bytes("b"), List.of(), List.of(mrn("B"))));

            assertThatThrownBy(() -> tx(tenant, tx -> tx.update(second, 1, bytes("b2"), List.of(), List.of(mrn("A")))))
                    .isInstanceOf(UniqueKeyViolationException.class);
            assertThat(get(tenant, second).orElseThrow().version()).isEqualTo(1);
            assertThatThrownBy(() -> tx(tenant, tx -> tx.insert(newKey(), bytes("c"), List.of(), List.of(mrn("B")))))
                    .isInstanceOf(UniqueKeyViolationException.class);
        }

        @Test
        @DisplayName("a unique value claimed by a rolled-back transaction is free again")
        void rolledBackClaimIsReleased() {
            TenantId tenant = newTenant();
            assertThatThrownBy(() -> tx(tenant, tx -> {
                tx.insert(newKey(), bytes("a"), List.of(), List.of(mrn("M-9")));
                throw new IllegalStateException("abort");
            })).isInstanceOf(IllegalStateException.class);

            StoredDocument stored = tx(tenant, tx -> tx.insert(newKey(), bytes("b"), List.of(), List.of(mrn("M-9"))));
            assertThat(stored.version()).isEqualTo(1);
        }

        @Test
        @DisplayName("the same unique value in two tenants is fine")
        void sameValueInTwoTenantsIsFine() {
            DocumentKey key = newKey();
            tx(newTenant(), tx -> tx.insert(key, bytes("a"), List.of(), List.of(mrn("M-1"))));
            StoredDocument other = tx(newTenant(), tx -> tx.insert(key, bytes("b"), List.of(), List.of(mrn("M-1"))));
            assertThat(other.version()).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("answers index queries")
    class IndexAndQuery {

        @Test
        @DisplayName("equality on a text field finds exactly the matching documents, by id")
        void equalityFindsMatches() {
            TenantId tenant = newTenant();
            String a = insertWith(tenant, text("status", "booked"));
            insertWith(tenant, text("status", "cancelled"));
            String c = insertWith(tenant, text("status", "booked"));

            assertThat(ids(tenant, List.of(eq("status", "booked")))).containsExactlyElementsOf(sortedIds(a, c));
        }

        @Test
        @DisplayName("a query returns only documents of its type")
        void queryIsScopedToItsType() {
            TenantId tenant = newTenant();
            String mine = insertWith(tenant, text("status", "x"));
            tx(tenant, tx -> tx.insert(new DocumentKey("contract-other", UUID.randomUUID().toString()), bytes("o"),
                    List.of(text("status", "x")), List.of()));

            assertThat(ids(tenant, List.of(eq("status", "x")))).containsExactly(mine);
        }

        @Test
        @DisplayName("a text range includes its lower bound, excludes its upper bound, and may be open on either side")
        void textRange() {
            TenantId tenant = newTenant();
            String b = insertWith(tenant, text("day", "2026-03-01"));
            String c = insertWith(tenant, text("day", "2026-03-02"));
            String d = insertWith(tenant, text("day", "2026-03-03"));

            assertThat(ids(tenant, List.of(range("day", IndexValue.text("2026-03-01"), IndexValue.text("2026-03-03")))))
                    .containsExactlyElementsOf(sortedIds(b, c));
            assertThat(ids(tenant, List.of(range("day", null, IndexValue.text("2026-03-02"))))).containsExactly(b);
            assertThat(ids(tenant, List.of(range("day", IndexValue.text("2026-03-02"), null))))
                    .containsExactlyElementsOf(sortedIds(c, d));
        }

        @Test
        @DisplayName("a number range compares numerically, with open bounds")
        void numberRange() {
            TenantId tenant = newTenant();
            String minus = insertWith(tenant, number("qty", -5));
            String nine = insertWith(tenant, number("qty", 9));
            String ten = insertWith(tenant, number("qty", 10));
            String hundred = insertWith(tenant, number("qty", 100));

            assertThat(ids(tenant, List.of(range("qty", IndexValue.number(9), IndexValue.number(100)))))
                    .containsExactlyElementsOf(sortedIds(nine, ten));
            assertThat(ids(tenant, List.of(range("qty", null, IndexValue.number(10)))))
                    .containsExactlyElementsOf(sortedIds(minus, nine));
            assertThat(ids(tenant, List.of(range("qty", IndexValue.number(10), null))))
                    .containsExactlyElementsOf(sortedIds(ten, hundred));
        }

        @Test
        @DisplayName("an instant range compares chronologically, with open bounds")
        void instantRange() {
            TenantId tenant = newTenant();
            Instant base = Instant.parse("2026-03-01T08:00:00Z");
            String early = insertWith(tenant, instant("start", base));
            String mid = insertWith(tenant, instant("start", base.plusSeconds(1800)));
            String late = insertWith(tenant, instant("start", base.plusSeconds(3600)));

            assertThat(ids(tenant, List.of(range("start", IndexValue.instant(base), IndexValue.instant(base.plusSeconds(3600))))))
                    .containsExactlyElementsOf(sortedIds(early, mid));
            assertThat(ids(tenant, List.of(range("start", null, IndexValue.instant(base.plusSeconds(1800)))))).containsExactly(early);
            assertThat(ids(tenant, List.of(range("start", IndexValue.instant(base.plusSeconds(1801)), null)))).containsExactly(late);
        }

        @Test
        @DisplayName("In matches any of its values")
        void inMatchesAnyValue() {
            TenantId tenant = newTenant();
            String a = insertWith(tenant, text("code", "A"));
            insertWith(tenant, text("code", "B"));
            String c = insertWith(tenant, text("code", "C"));

            assertThat(ids(tenant, List.of(new Predicate.In("code", List.of(IndexValue.text("A"), IndexValue.text("C"), IndexValue.text("Z"))))))
                    .containsExactlyElementsOf(sortedIds(a, c));
        }

        @Test
        @DisplayName("predicates over several fields form a conjunction")
        void predicatesFormAConjunction() {
            TenantId tenant = newTenant();
            Instant day = Instant.parse("2026-03-02T00:00:00Z");
            String hit = insertWith(tenant, text("resource", "room-1"), text("status", "booked"), instant("start", day.plusSeconds(3600)));
            insertWith(tenant, text("resource", "room-1"), text("status", "cancelled"), instant("start", day.plusSeconds(3600)));
            insertWith(tenant, text("resource", "room-2"), text("status", "booked"), instant("start", day.plusSeconds(3600)));
            insertWith(tenant, text("resource", "room-1"), text("status", "booked"), instant("start", day.minusSeconds(3600)));

            assertThat(ids(tenant, List.of(eq("resource", "room-1"),
                    new Predicate.In("status", List.of(IndexValue.text("booked"), IndexValue.text("arrived"))),
                    range("start", IndexValue.instant(day), IndexValue.instant(day.plusSeconds(86_400))))))
                    .containsExactly(hit);
        }

        @Test
        @DisplayName("a multi-valued field matches when any of its entries matches")
        void multiValuedFieldMatchesAnyEntry() {
            TenantId tenant = newTenant();
            String twoPhones = insertWith(tenant, text("phone", "tok-1"), text("phone", "tok-2"));
            String onePhone = insertWith(tenant, text("phone", "tok-3"));

            assertThat(ids(tenant, List.of(eq("phone", "tok-2")))).containsExactly(twoPhones);
            assertThat(ids(tenant, List.of(eq("phone", "tok-1")))).containsExactly(twoPhones);
            assertThat(ids(tenant, List.of(range("phone", IndexValue.text("tok-2"), null))))
                    .containsExactlyElementsOf(sortedIds(twoPhones, onePhone));
        }

        @Test
        @DisplayName("ordering by a field sorts ascending or descending, ties broken by id in the same direction")
        void orderWithIdTieBreak() {
            TenantId tenant = newTenant();
            String[] twos = {insertWith(tenant, number("rank", 2)), insertWith(tenant, number("rank", 2))};
            String one = insertWith(tenant, number("rank", 1));
            String three = insertWith(tenant, number("rank", 3));
            List<String> twosAsc = sortedIds(twos);

            List<String> ascending = ids(tenant, new Query(TYPE, List.of(), Order.asc("rank"), 100, null));
            List<String> descending = ids(tenant, new Query(TYPE, List.of(), Order.desc("rank"), 100, null));

            assertThat(ascending).containsExactly(one, twosAsc.get(0), twosAsc.get(1), three);
            assertThat(descending).containsExactly(three, twosAsc.get(1), twosAsc.get(0), one);
        }

        @Test
        @DisplayName("an ordered query leaves out documents without the order field, and sorts a multi-valued one by its smallest entry")
        void orderedQueryExcludesDocumentsWithoutTheField() {
            TenantId tenant = newTenant();
            String five = insertWith(tenant, number("rank", 5));
            insertWith(tenant, text("other", "x"));
            String multi = insertWith(tenant, number("rank", 9), number("rank", 3));

            assertThat(ids(tenant, new Query(TYPE, List.of(), Order.asc("rank"), 100, null))).containsExactly(multi, five);
        }

        @Test
        @DisplayName("limit and cursor page through every match, in order, without gaps or repeats")
        void cursorPagingVisitsEveryMatchOnce() {
            TenantId tenant = newTenant();
            List<String> all = new ArrayList<>();
            tx(tenant, tx -> {
                for (int i = 0; i < 23; i++) {
                    DocumentKey key = newKey();
                    tx.insert(key, bytes("d" + i), List.of(number("rank", i % 5), text("kind", "paged")), List.of());
                    all.add(key.id());
                }
                tx.insert(newKey(), bytes("other"), List.of(number("rank", 1), text("kind", "unpaged")), List.of());
                return null;
            });

            for (boolean ascending : new boolean[] {true, false}) {
                Query first = new Query(TYPE, List.of(eq("kind", "paged")), new Order("rank", ascending), 5, null);
                List<String> seen = pageThrough(tenant, first);
                List<String> whole = ids(tenant, new Query(TYPE, first.where(), first.order(), 100, null));
                assertThat(seen).as("pages, ascending=" + ascending).containsExactlyElementsOf(whole);
                assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
            }
            List<String> byId = pageThrough(tenant, Query.of(TYPE, List.of(eq("kind", "paged")), 4));
            assertThat(byId).containsExactlyElementsOf(sortedIds(all.toArray(String[]::new)));
        }

        @Test
        @DisplayName("the last page has no next cursor")
        void lastPageHasNoCursor() {
            TenantId tenant = newTenant();
            insertWith(tenant, text("k", "v"));
            insertWith(tenant, text("k", "v"));

            Page<StoredDocument> exact = tx(tenant, tx -> tx.query(Query.of(TYPE, List.of(eq("k", "v")), 2)));
            Page<StoredDocument> partial = tx(tenant, tx -> tx.query(Query.of(TYPE, List.of(eq("k", "v")), 1)));

            assertThat(exact.items()).hasSize(2);
            assertThat(exact.next()).isEmpty();
            assertThat(partial.items()).hasSize(1);
            assertThat(partial.next()).isPresent();
        }

        @Test
        @DisplayName("a query sees the transaction's own uncommitted inserts and updates")
        void queryIncludesOwnWrites() {
            TenantId tenant = newTenant();
            DocumentKey committed = newKey();
            tx(tenant, tx -> tx.insert(committed, bytes("a"), List.of(text("status", "open")), List.of()));

            tx(tenant, tx -> {
                DocumentKey fresh = newKey();
                tx.insert(fresh, bytes("b"), List.of(text("status", "open")), List.of());
                assertThat(ids(tx, Query.of(TYPE, List.of(eq("status", "open")), 10))).containsExactlyElementsOf(sortedIds(committed.id(), fresh.id()));
                tx.update(committed, 1, bytes("a2"), List.of(text("status", "closed")), List.of());
                assertThat(ids(tx, Query.of(TYPE, List.of(eq("status", "open")), 10))).containsExactly(fresh.id());
                assertThat(ids(tx, Query.of(TYPE, List.of(eq("status", "closed")), 10))).containsExactly(committed.id());
                return null;
            });
        }

        @Test
        @DisplayName("an update replaces the document's index entries")
        void updateReplacesIndexEntries() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("a"), List.of(text("status", "open"), text("tag", "t1"), number("n", 1)), List.of()));

            tx(tenant, tx -> tx.update(key, 1, bytes("b"), List.of(text("status", "closed")), List.of()));

            assertThat(ids(tenant, List.of(eq("status", "open")))).isEmpty();
            assertThat(ids(tenant, List.of(eq("tag", "t1")))).isEmpty();
            assertThat(ids(tenant, List.of(range("n", IndexValue.number(0), null)))).isEmpty();
            assertThat(ids(tenant, List.of(eq("status", "closed")))).containsExactly(key.id());
        }

        @Test
        @DisplayName("values compare only within their kind: a text entry never matches a number predicate")
        void valuesCompareWithinTheirKind() {
            TenantId tenant = newTenant();
            insertWith(tenant, text("mixed", "5"));
            String number = insertWith(tenant, number("mixed", 5));

            assertThat(ids(tenant, List.of(new Predicate.Equals("mixed", IndexValue.number(5))))).containsExactly(number);
            assertThat(ids(tenant, List.of(range("mixed", IndexValue.number(0), IndexValue.number(10))))).containsExactly(number);
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("runs transactions")
    class Transactions {

        @Test
        @DisplayName("an exception rolls back inserts, updates, unique keys and log appends, and is rethrown unchanged")
        void exceptionRollsBackEverything() {
            TenantId tenant = newTenant();
            DocumentKey existing = newKey();
            tx(tenant, tx -> tx.insert(existing, bytes("v1"), List.of(text("status", "v1")), List.of(mrn("KEEP"))));
            append(tenant, "audit", "first");
            DocumentKey fresh = newKey();
            RuntimeException failure = new IllegalStateException("work failed");

            Throwable thrown = catchThrowable(() -> tx(tenant, tx -> {
                tx.insert(fresh, bytes("new"), List.of(text("status", "new")), List.of(mrn("NEW")));
                tx.update(existing, 1, bytes("v2"), List.of(text("status", "v2")), List.of(mrn("CHANGED")));
                tx.append("audit", bytes("second"));
                throw failure;
            }));

            assertThat(thrown).isSameAs(failure);
            assertThat(get(tenant, fresh)).isEmpty();
            StoredDocument kept = get(tenant, existing).orElseThrow();
            assertThat(kept.version()).isEqualTo(1);
            assertThat(kept.body()).isEqualTo(bytes("v1"));
            assertThat(ids(tenant, List.of(eq("status", "v1")))).containsExactly(existing.id());
            assertThat(ids(tenant, List.of(eq("status", "v2")))).isEmpty();
            assertThatThrownBy(() -> tx(tenant, tx -> tx.insert(newKey(), bytes("x"), List.of(), List.of(mrn("KEEP")))))
                    .isInstanceOf(UniqueKeyViolationException.class);
            tx(tenant, tx -> tx.insert(newKey(), bytes("y"), List.of(), List.of(mrn("NEW"))));
            tx(tenant, tx -> tx.insert(newKey(), bytes("z"), List.of(), List.of(mrn("CHANGED"))));
            assertThat(seqs(read(tenant, "audit", 1, 10))).containsExactly(1L);
        }

        @Test
        @DisplayName("an Error thrown by the work rolls back too and is rethrown as the same instance")
        void errorRollsBack() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            Error failure = new AssertionError("work broke");

            Throwable thrown = catchThrowable(() -> tx(tenant, tx -> {
                tx.insert(key, bytes("x"), List.of(), List.of());
                throw failure;
            }));

            assertThat(thrown).isSameAs(failure);
            assertThat(get(tenant, key)).isEmpty();
        }

        @Test
        @DisplayName("a nested transaction on the same thread and tenant joins the outer one")
        void nestedTransactionJoins() {
            TenantId tenant = newTenant();
            DocumentKey inner = newKey();

            tx(tenant, outer -> {
                engine.inTransaction(tenant, nested -> nested.insert(inner, bytes("inner"), List.of(), List.of()));
                assertThat(outer.get(inner)).as("the outer transaction sees the inner write").isPresent();
                return null;
            });
            assertThat(get(tenant, inner)).isPresent();

            DocumentKey rolledBack = newKey();
            assertThatThrownBy(() -> tx(tenant, outer -> {
                engine.inTransaction(tenant, nested -> nested.insert(rolledBack, bytes("inner"), List.of(), List.of()));
                throw new IllegalStateException("outer fails after the inner work returned");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(get(tenant, rolledBack)).as("the inner write belonged to the rolled-back outer transaction").isEmpty();
        }

        @Test
        @DisplayName("a nested transaction for another tenant fails")
        void nestedTransactionForAnotherTenantFails() {
            TenantId tenant = newTenant();
            TenantId other = newTenant();
            assertThatThrownBy(() -> tx(tenant, outer -> engine.inTransaction(other, nested -> nested.get(newKey()))))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("a reader on another thread never sees uncommitted writes, and sees all of them after commit")
        void readersNeverSeeUncommittedWrites() throws Exception {
            TenantId tenant = newTenant();
            DocumentKey existing = newKey();
            tx(tenant, tx -> tx.insert(existing, bytes("v1"), List.of(text("status", "old")), List.of()));
            DocumentKey fresh = newKey();
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch checked = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> writer = pool.submit(() -> tx(tenant, tx -> {
                    tx.insert(fresh, bytes("new"), List.of(text("status", "new")), List.of());
                    tx.update(existing, 1, bytes("v2"), List.of(text("status", "new")), List.of());
                    tx.append("outbox", bytes("event"));
                    written.countDown();
                    await(checked);
                    return null;
                }));
                await(written);
                try {
                    tx(tenant, tx -> {
                        assertThat(tx.get(fresh)).isEmpty();
                        assertThat(tx.get(existing).orElseThrow().version()).isEqualTo(1);
                        assertThat(ids(tx, Query.of(TYPE, List.of(eq("status", "new")), 10))).isEmpty();
                        assertThat(tx.read("outbox", 1, 10)).isEmpty();
                        return null;
                    });
                } finally {
                    checked.countDown();
                }
                writer.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                pool.shutdownNow();
            }

            assertThat(get(tenant, fresh)).isPresent();
            assertThat(get(tenant, existing).orElseThrow().version()).isEqualTo(2);
            assertThat(ids(tenant, List.of(eq("status", "new")))).containsExactlyElementsOf(sortedIds(existing.id(), fresh.id()));
            assertThat(read(tenant, "outbox", 1, 10)).hasSize(1);
        }

        @Test
        @DisplayName("one query never observes half of another transaction's commit")
        void queryNeverSeesHalfACommit() throws Exception {
            TenantId tenant = newTenant();
            DocumentKey a = newKey();
            DocumentKey b = newKey();
            tx(tenant, tx -> {
                tx.insert(a, bytes("0"), List.of(text("pair", "p"), number("round", 0)), List.of());
                return tx.insert(b, bytes("0"), List.of(text("pair", "p"), number("round", 0)), List.of());
            });
            int rounds = 200;
            AtomicBoolean done = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int r = 1; r <= rounds; r++) {
                            long version = r;
                            long round = r;
                            tx(tenant, tx -> {
                                tx.update(a, version, bytes("" + round), List.of(text("pair", "p"), number("round", round)), List.of());
                                return tx.update(b, version, bytes("" + round), List.of(text("pair", "p"), number("round", round)), List.of());
                            });
                        }
                    } finally {
                        done.set(true);
                    }
                });
                Future<Integer> reader = pool.submit(() -> {
                    int reads = 0;
                    while (!done.get() || reads == 0) {
                        List<StoredDocument> pair = tx(tenant, tx -> tx.query(Query.of(TYPE, List.of(eq("pair", "p")), 10)).items());
                        assertThat(pair).hasSize(2);
                        assertThat(pair.get(0).version()).as("both documents come from the same commit").isEqualTo(pair.get(1).version());
                        reads++;
                    }
                    return reads;
                });
                writer.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(reader.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)).isPositive();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("grants exclusive locks")
    class Locks {

        @Test
        @DisplayName("a second transaction blocks on a held lock until the first commits, then sees its writes")
        void secondLockerWaitsForCommit() throws Exception {
            TenantId tenant = newTenant();
            DocumentKey lockKey = new DocumentKey("contract-lock", UUID.randomUUID().toString());
            DocumentKey written = newKey();
            CountDownLatch firstHolds = new CountDownLatch(1);
            CountDownLatch secondTrying = new CountDownLatch(1);
            AtomicBoolean firstEnding = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = pool.submit(() -> tx(tenant, tx -> {
                    tx.lock(lockKey);
                    firstHolds.countDown();
                    await(secondTrying);
                    pause();
                    StoredDocument stored = tx.insert(written, bytes("by first"), List.of(), List.of());
                    firstEnding.set(true);
                    return stored;
                }));
                await(firstHolds);
                Future<Boolean> second = pool.submit(() -> tx(tenant, tx -> {
                    secondTrying.countDown();
                    tx.lock(lockKey);
                    boolean sawCommit = firstEnding.get();
                    assertThat(tx.get(written)).as("the second locker sees the first's committed write").isPresent();
                    return sawCommit;
                }));
                first.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(second.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                        .as("the second transaction got the lock only after the first committed").isTrue();
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a lock is released when its transaction rolls back")
        void lockReleasedOnRollback() throws Exception {
            TenantId tenant = newTenant();
            DocumentKey lockKey = new DocumentKey("contract-lock", UUID.randomUUID().toString());
            CountDownLatch firstHolds = new CountDownLatch(1);
            CountDownLatch secondTrying = new CountDownLatch(1);
            AtomicBoolean firstEnding = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = pool.submit(() -> {
                    Throwable thrown = catchThrowable(() -> tx(tenant, tx -> {
                        tx.lock(lockKey);
                        firstHolds.countDown();
                        await(secondTrying);
                        pause();
                        firstEnding.set(true);
                        throw new IllegalStateException("roll back");
                    }));
                    assertThat(thrown).isInstanceOf(IllegalStateException.class);
                });
                await(firstHolds);
                Future<Boolean> second = pool.submit(() -> tx(tenant, tx -> {
                    secondTrying.countDown();
                    tx.lock(lockKey);
                    return firstEnding.get();
                }));
                first.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(second.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a key with no document can be locked, and locking creates no document")
        void lockOnKeyWithoutDocument() {
            TenantId tenant = newTenant();
            DocumentKey lockKey = new DocumentKey("resource-lock", UUID.randomUUID().toString());

            assertTimeoutPreemptively(LOCK_WAIT, () -> tx(tenant, tx -> {
                tx.lock(lockKey);
                tx.lock(lockKey);
                return null;
            }), "locking a key twice in one transaction must not block");

            assertThat(get(tenant, lockKey)).isEmpty();
            List<StoredDocument> locks = tx(tenant, tx -> tx.query(Query.of("resource-lock", List.of(), 10)).items());
            assertThat(locks).isEmpty();
        }

        @Test
        @DisplayName("a lock is released at commit: the next transaction takes it at once")
        void lockReleasedAtCommit() {
            TenantId tenant = newTenant();
            DocumentKey lockKey = new DocumentKey("contract-lock", UUID.randomUUID().toString());
            tx(tenant, tx -> {
                tx.lock(lockKey);
                return null;
            });
            assertTimeoutPreemptively(LOCK_WAIT, () -> tx(tenant, tx -> {
                tx.lock(lockKey);
                return null;
            }));
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("keeps append-only logs")
    class Logs {

        @Test
        @DisplayName("sequence numbers start at 1 and continue without gaps across transactions")
        void seqStartsAtOneAndIsGapFree() {
            TenantId tenant = newTenant();
            List<Long> first = tx(tenant, tx -> List.of(tx.append("audit", bytes("a")), tx.append("audit", bytes("b")), tx.append("audit", bytes("c"))));
            long fourth = append(tenant, "audit", "d");

            assertThat(first).containsExactly(1L, 2L, 3L);
            assertThat(fourth).isEqualTo(4L);
            List<LogEntry> all = read(tenant, "audit", 1, 100);
            assertThat(seqs(all)).containsExactly(1L, 2L, 3L, 4L);
            assertThat(all).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("a", "b", "c", "d");
            assertThat(all).allSatisfy(e -> {
                assertThat(e.stream()).isEqualTo("audit");
                assertThat(e.appended()).isNotNull();
            });
        }

        @Test
        @DisplayName("read starts at the given sequence number and returns at most max entries")
        void readFromSeqWithMax() {
            TenantId tenant = newTenant();
            tx(tenant, tx -> {
                for (int i = 1; i <= 5; i++) {
                    tx.append("ledger", bytes("e" + i));
                }
                return null;
            });

            assertThat(seqs(read(tenant, "ledger", 2, 2))).containsExactly(2L, 3L);
            assertThat(seqs(read(tenant, "ledger", 4, 100))).containsExactly(4L, 5L);
            assertThat(read(tenant, "ledger", 6, 10)).isEmpty();
            assertThat(read(tenant, "never-written", 1, 10)).isEmpty();
        }

        @Test
        @DisplayName("a rolled-back append leaves no gap")
        void rolledBackAppendLeavesNoGap() {
            TenantId tenant = newTenant();
            append(tenant, "outbox", "1");
            assertThatThrownBy(() -> tx(tenant, tx -> {
                tx.append("outbox", bytes("lost"));
                throw new IllegalStateException("roll back");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(append(tenant, "outbox", "2")).isEqualTo(2L);
            assertThat(read(tenant, "outbox", 1, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("1", "2");
        }

        @Test
        @DisplayName("a transaction reads its own pending appends after the committed ones")
        void readIncludesOwnPendingAppends() {
            TenantId tenant = newTenant();
            append(tenant, "outbox", "committed");

            tx(tenant, tx -> {
                tx.append("outbox", bytes("pending"));
                assertThat(tx.read("outbox", 1, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("committed", "pending");
                assertThat(seqs(tx.read("outbox", 2, 10))).containsExactly(2L);
                return null;
            });
        }

        @Test
        @DisplayName("each stream numbers its entries on its own")
        void streamsAreIndependent() {
            TenantId tenant = newTenant();
            append(tenant, "audit", "a");
            append(tenant, "audit", "b");

            assertThat(append(tenant, "outbox", "x")).isEqualTo(1L);
        }

        @Test
        @DisplayName("8 concurrent appenders get exactly the sequence numbers 1..total, no duplicates")
        void concurrentAppendersGetGapFreeSequence() {
            TenantId tenant = newTenant();
            int perThread = 25;
            List<Outcome<List<Long>>> outcomes = race(THREADS, i -> {
                List<Long> mine = new ArrayList<>();
                for (int m = 0; m < perThread; m++) {
                    String payload = i + ":" + m;
                    mine.add(tx(tenant, tx -> tx.append("audit", bytes(payload))));
                }
                return mine;
            });

            int total = THREADS * perThread;
            List<Long> returned = new ArrayList<>();
            outcomes.forEach(o -> returned.addAll(o.valueOrFail()));
            List<LogEntry> all = read(tenant, "audit", 1, total + 10);
            List<Long> expected = new ArrayList<>();
            for (long s = 1; s <= total; s++) {
                expected.add(s);
            }
            assertThat(seqs(all)).containsExactlyElementsOf(expected);
            assertThat(returned).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(all).extracting(e -> new String(e.entry(), UTF_8)).doesNotHaveDuplicates().hasSize(total);
        }

        @Test
        @DisplayName("a tenant's open append never blocks another tenant's appends")
        void tenantsDoNotBlockEachOthersAppends() throws Exception {
            TenantId tenantA = newTenant();
            TenantId tenantB = newTenant();
            CountDownLatch aAppended = new CountDownLatch(1);
            CountDownLatch bDone = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Long> a = pool.submit(() -> tx(tenantA, tx -> {
                    long seq = tx.append("audit", bytes("a"));
                    aAppended.countDown();
                    await(bDone);
                    return seq;
                }));
                await(aAppended);
                try {
                    long bSeq = assertTimeoutPreemptively(LOCK_WAIT, () -> engine.inTransaction(tenantB, tx -> tx.append("audit", bytes("b"))),
                            "tenant B's append waited on tenant A's open transaction");
                    assertThat(bSeq).isEqualTo(1L);
                } finally {
                    bDone.countDown();
                }
                assertThat(a.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(1L);
            } finally {
                pool.shutdownNow();
            }
            assertThat(read(tenantA, "audit", 1, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("a");
            assertThat(read(tenantB, "audit", 1, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("b");
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("keeps tenants apart")
    class Tenancy {

        @Test
        @DisplayName("a document of tenant A is invisible to tenant B, which may use the same key")
        void documentIsInvisibleToOtherTenant() {
            TenantId a = newTenant();
            TenantId b = newTenant();
            DocumentKey key = newKey();
            tx(a, tx -> tx.insert(key, bytes("A's"), List.of(), List.of()));

            assertThat(get(b, key)).isEmpty();
            assertThatThrownBy(() -> tx(b, tx -> tx.update(key, 1, bytes("B's"), List.of(), List.of()))).isInstanceOf(NotFoundException.class);
            StoredDocument bs = tx(b, tx -> tx.insert(key, bytes("B's"), List.of(), List.of()));
            assertThat(bs.version()).isEqualTo(1);
            assertThat(get(a, key).orElseThrow().body()).isEqualTo(bytes("A's"));
        }

        @Test
        @DisplayName("tenant B's query never returns tenant A's index entries")
        void queryIsScopedToTenant() {
            TenantId a = newTenant();
            TenantId b = newTenant();
            String aDoc = insertWith(a, text("status", "booked"), number("rank", 1));

            assertThat(ids(b, List.of(eq("status", "booked")))).isEmpty();
            assertThat(ids(b, new Query(TYPE, List.of(), Order.asc("rank"), 10, null))).isEmpty();
            assertThat(ids(a, List.of(eq("status", "booked")))).containsExactly(aDoc);
        }

        @Test
        @DisplayName("a unique value being inserted by tenant A neither blocks nor conflicts with tenant B")
        void uniqueValueIsScopedToTenant() throws Exception {
            TenantId a = newTenant();
            TenantId b = newTenant();
            CountDownLatch aInserted = new CountDownLatch(1);
            CountDownLatch bDone = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> aWork = pool.submit(() -> tx(a, tx -> {
                    tx.insert(newKey(), bytes("A"), List.of(), List.of(mrn("SHARED")));
                    aInserted.countDown();
                    await(bDone);
                    return null;
                }));
                await(aInserted);
                try {
                    StoredDocument bs = assertTimeoutPreemptively(LOCK_WAIT,
                            () -> engine.inTransaction(b, tx -> tx.insert(newKey(), bytes("B"), List.of(), List.of(mrn("SHARED")))));
                    assertThat(bs.version()).isEqualTo(1);
                } finally {
                    bDone.countDown();
                }
                aWork.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a lock held by tenant A does not block tenant B on the same key")
        void lockIsScopedToTenant() throws Exception {
            TenantId a = newTenant();
            TenantId b = newTenant();
            DocumentKey lockKey = new DocumentKey("resource-lock", UUID.randomUUID().toString());
            CountDownLatch aHolds = new CountDownLatch(1);
            CountDownLatch bDone = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> aWork = pool.submit(() -> tx(a, tx -> {
                    tx.lock(lockKey);
                    aHolds.countDown();
                    await(bDone);
                    return null;
                }));
                await(aHolds);
                try {
                    assertTimeoutPreemptively(LOCK_WAIT, () -> engine.inTransaction(b, tx -> {
                        tx.lock(lockKey);
                        return null;
                    }), "tenant B waited on tenant A's lock");
                } finally {
                    bDone.countDown();
                }
                aWork.get(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("tenant A's log entries are invisible to tenant B, whose stream starts at 1")
        void logIsScopedToTenant() {
            TenantId a = newTenant();
            TenantId b = newTenant();
            append(a, "audit", "A1");
            append(a, "audit", "A2");

            assertThat(read(b, "audit", 1, 10)).isEmpty();
            assertThat(append(b, "audit", "B1")).isEqualTo(1L);
            assertThat(read(b, "audit", 1, 10)).extracting(e -> new String(e.entry(), UTF_8)).containsExactly("B1");
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("stays correct under concurrency")
    class Concurrency {

        @Test
        @DisplayName("8 threads booking under a capacity lock never exceed capacity, and every success is stored")
        void capacityHoldsUnderLock() {
            assertCapacityHolds(i -> engine);
        }

        @Test
        @DisplayName("of 8 concurrent inserts claiming one unique value, exactly one commits")
        void exactlyOneUniqueInsertWins() {
            assertExactlyOneUniqueWinner(i -> engine);
        }

        @Test
        @DisplayName("8 threads incrementing a counter under a lock lose no update")
        void counterUnderLockLosesNoUpdate() {
            TenantId tenant = newTenant();
            DocumentKey counter = newKey();
            tx(tenant, tx -> tx.insert(counter, bytes("0"), List.of(), List.of()));
            int perThread = 10;

            List<Outcome<Integer>> outcomes = race(THREADS, i -> {
                for (int m = 0; m < perThread; m++) {
                    tx(tenant, tx -> {
                        tx.lock(counter);
                        StoredDocument current = tx.get(counter).orElseThrow();
                        int value = Integer.parseInt(new String(current.body(), UTF_8));
                        return tx.update(counter, current.version(), bytes(Integer.toString(value + 1)), List.of(), List.of());
                    });
                }
                return perThread;
            });

            outcomes.forEach(Outcome::valueOrFail);
            StoredDocument last = get(tenant, counter).orElseThrow();
            assertThat(new String(last.body(), UTF_8)).isEqualTo(Integer.toString(THREADS * perThread));
            assertThat(last.version()).isEqualTo(1L + THREADS * perThread);
        }

        @Test
        @DisplayName("of 8 concurrent updates from one version, exactly one wins and the rest get a version conflict")
        void concurrentUpdatesFromOneVersionHaveOneWinner() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("v1"), List.of(), List.of()));

            List<Outcome<StoredDocument>> outcomes = race(THREADS, i -> tx(tenant, tx -> tx.update(key, 1, bytes("by " + i), List.of(), List.of())));

            assertThat(outcomes.stream().filter(Outcome::succeeded).count()).isEqualTo(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(VersionConflictException.class));
            assertThat(get(tenant, key).orElseThrow().version()).isEqualTo(2);
        }

        @Test
        @DisplayName("the capacity race split across two engines on one store never exceeds capacity")
        void capacityHoldsAcrossEngines() {
            assumeTrue(second != null, "no second engine on the same store (openSecondEngineOnSameStore() returned null): "
                    + "cross-engine races apply to engines on a shared database only");
            assertCapacityHolds(i -> i % 2 == 0 ? engine : second);
        }

        @Test
        @DisplayName("the unique-value race split across two engines on one store has exactly one winner")
        void exactlyOneUniqueInsertWinsAcrossEngines() {
            assumeTrue(second != null, "no second engine on the same store (openSecondEngineOnSameStore() returned null): "
                    + "cross-engine races apply to engines on a shared database only");
            assertExactlyOneUniqueWinner(i -> i % 2 == 0 ? engine : second);
        }

        private void assertCapacityHolds(IntFunction<StorageEngine> engineOf) {
            TenantId tenant = newTenant();
            DocumentKey capacityKey = new DocumentKey("slot-capacity", UUID.randomUUID().toString());
            int capacity = 5;
            int perThread = 6;
            List<Outcome<Integer>> outcomes = race(THREADS, i -> {
                StorageEngine mine = engineOf.apply(i);
                int booked = 0;
                for (int m = 0; m < perThread; m++) {
                    boolean success = mine.inTransaction(tenant, tx -> {
                        tx.lock(capacityKey);
                        int taken = tx.query(Query.of(TYPE, List.of(eq("slot", capacityKey.id())), 10_000)).items().size();
                        if (taken >= capacity) {
                            return false;
                        }
                        holdOpen(2);
                        tx.insert(newKey(), bytes("booking"), List.of(text("slot", capacityKey.id())), List.of());
                        return true;
                    });
                    booked += success ? 1 : 0;
                }
                return booked;
            });

            int successes = outcomes.stream().mapToInt(Outcome::valueOrFail).sum();
            int stored = ids(tenant, List.of(eq("slot", capacityKey.id()))).size();
            assertThat(stored).as("stored bookings").isLessThanOrEqualTo(capacity).isEqualTo(successes);
            assertThat(stored).as("every seat is eventually taken").isEqualTo(capacity);
        }

        private void assertExactlyOneUniqueWinner(IntFunction<StorageEngine> engineOf) {
            TenantId tenant = newTenant();
            String value = "MRN-" + UUID.randomUUID();
            List<Outcome<StoredDocument>> outcomes = race(THREADS, i -> engineOf.apply(i).inTransaction(tenant, tx -> {
                StoredDocument claimed = tx.insert(newKey(), bytes("claimant " + i), List.of(text("claim", value)), List.of(mrn(value)));
                holdOpen(10);
                return claimed;
            }));

            assertThat(outcomes.stream().filter(Outcome::succeeded).count()).as("winners").isEqualTo(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(UniqueKeyViolationException.class));
            assertThat(ids(tenant, List.of(eq("claim", value)))).hasSize(1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("reports errors with core's types")
    class Errors {

        @Test
        @DisplayName("a version conflict is a VersionConflictException with code MC-STORE-001")
        void versionConflictIsTyped() {
            TenantId tenant = newTenant();
            DocumentKey key = newKey();
            tx(tenant, tx -> tx.insert(key, bytes("secret body"), List.of(), List.of()));

            Throwable thrown = catchThrowable(() -> tx(tenant, tx -> tx.update(key, 5, bytes("x"), List.of(), List.of())));

            assertThat(thrown).isExactlyInstanceOf(VersionConflictException.class).isInstanceOf(ConflictException.class);
            assertThat(((MedCoordException) thrown).code()).isEqualTo(VersionConflictException.CODE);
            assertThat(thrown.getMessage()).startsWith(VersionConflictException.CODE).doesNotContain("secret body");
        }

        @Test
        @DisplayName("a unique-key violation is a UniqueKeyViolationException with code MC-STORE-002 and never shows the value")
        void uniqueViolationIsTyped() {
            TenantId tenant = newTenant();
            String value = "MRN-VALUE-" + UUID.randomUUID();
            tx(tenant, tx -> tx.insert(newKey(), bytes("a"), List.of(), List.of(mrn(value))));

            Throwable thrown = catchThrowable(() -> tx(tenant, tx -> tx.insert(newKey(), bytes("b"), List.of(), List.of(mrn(value)))));

            assertThat(thrown).isExactlyInstanceOf(UniqueKeyViolationException.class);
            assertThat(((MedCoordException) thrown).code()).isEqualTo(UniqueKeyViolationException.CODE);
            assertThat(thrown.getMessage()).startsWith(UniqueKeyViolationException.CODE).doesNotContain(value);
            assertThat(causes(thrown)).allSatisfy(c -> assertThat(c.getClass().getName()).doesNotStartWith("java.sql"));
        }

        @Test
        @DisplayName("an update of a missing document is a NotFoundException, with no engine type in its causes")
        void notFoundIsTyped() {
            Throwable thrown = catchThrowable(() -> tx(newTenant(), tx -> tx.update(newKey(), 1, bytes("x"), List.of(), List.of())));

            assertThat(thrown).isInstanceOf(NotFoundException.class);
            assertThat(causes(thrown)).allSatisfy(c -> assertThat(c).isInstanceOf(MedCoordException.class));
        }

        private List<Throwable> causes(Throwable thrown) {
            List<Throwable> chain = new ArrayList<>();
            for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
                chain.add(t);
            }
            return chain;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures

    /** @return a fresh tenant no other test uses */
    protected static TenantId newTenant() {
        return TenantId.of("t-" + UUID.randomUUID());
    }

    private static DocumentKey newKey() {
        return new DocumentKey(TYPE, UUID.randomUUID().toString());
    }

    private <T> T tx(TenantId tenant, TransactionWork<T> work) {
        return engine.inTransaction(tenant, work);
    }

    private Optional<StoredDocument> get(TenantId tenant, DocumentKey key) {
        return tx(tenant, tx -> tx.get(key));
    }

    private List<LogEntry> read(TenantId tenant, String stream, long fromSeq, int max) {
        return tx(tenant, tx -> tx.read(stream, fromSeq, max));
    }

    private long append(TenantId tenant, String stream, String entry) {
        return tx(tenant, tx -> tx.append(stream, bytes(entry)));
    }

    private String insertWith(TenantId tenant, IndexEntry... entries) {
        DocumentKey key = newKey();
        tx(tenant, tx -> tx.insert(key, bytes(key.id()), List.of(entries), List.of()));
        return key.id();
    }

    private List<String> ids(TenantId tenant, List<Predicate> where) {
        return ids(tenant, Query.of(TYPE, where, 10_000));
    }

    private List<String> ids(TenantId tenant, Query query) {
        return tx(tenant, tx -> ids(tx, query));
    }

    private static List<String> ids(Transaction tx, Query query) {
        return tx.query(query).items().stream().map(d -> d.key().id()).toList();
    }

    private List<String> pageThrough(TenantId tenant, Query first) {
        List<String> seen = new ArrayList<>();
        Query query = first;
        for (int pages = 0; pages < 1000; pages++) {
            Query current = query;
            Page<StoredDocument> page = tx(tenant, tx -> tx.query(current));
            assertThat(page.items().size()).isLessThanOrEqualTo(first.limit());
            page.items().forEach(d -> seen.add(d.key().id()));
            Optional<Cursor> next = page.next();
            if (next.isEmpty()) {
                return seen;
            }
            query = first.after(next.get());
        }
        throw new AssertionError("paging did not end after 1000 pages");
    }

    /** Ids in the order queries without an order field return them (random UUIDs are ASCII, so String order is code point order). */
    private static List<String> sortedIds(String... ids) {
        List<String> sorted = new ArrayList<>(List.of(ids));
        Collections.sort(sorted);
        return sorted;
    }

    private static List<Long> seqs(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::seq).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static IndexEntry text(String field, String value) {
        return new IndexEntry(field, IndexValue.text(value));
    }

    private static IndexEntry number(String field, long value) {
        return new IndexEntry(field, IndexValue.number(value));
    }

    private static IndexEntry instant(String field, Instant value) {
        return new IndexEntry(field, IndexValue.instant(value));
    }

    private static UniqueKey mrn(String value) {
        return new UniqueKey("patient.mrn", value);
    }

    private static Predicate eq(String field, String value) {
        return new Predicate.Equals(field, IndexValue.text(value));
    }

    private static Predicate range(String field, IndexValue from, IndexValue to) {
        return new Predicate.Range(field, from, to);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("a step of this concurrent test did not happen within " + LOCK_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Gives a thread that announced a blocking call time to reach it; correctness never depends on it. */
    private static void pause() {
        try {
            Thread.sleep(BLOCK_WINDOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Keeps a racing transaction open between its check and its commit, so that an engine relying on
     * check-then-insert is caught even on a fast machine. Correct engines serialise here; the outcome never
     * depends on the duration.
     */
    private static void holdOpen(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** What one racing thread returned or threw. */
    private record Outcome<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }

        T valueOrFail() {
            if (failure != null) {
                throw new AssertionError("a racing thread failed", failure);
            }
            return value;
        }
    }

    /** Starts {@code threads} threads at once on {@code task} and collects every outcome, bounded by {@link #LOCK_WAIT}. */
    private static <T> List<Outcome<T>> race(int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<T> body = () -> {
                    ready.countDown();
                    await(go);
                    return task.apply(index);
                };
                futures.add(pool.submit(body));
            }
            await(ready);
            go.countDown();
            long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError("racing threads did not finish within " + LOCK_WAIT + " (a lock that is never released?)", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
