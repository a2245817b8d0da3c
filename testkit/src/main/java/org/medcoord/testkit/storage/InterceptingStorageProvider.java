package org.medcoord.testkit.storage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;
import org.medcoord.core.spi.storage.TransactionWork;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * Wraps any storage provider to see what MedCoord hands the engine and to simulate tampering at rest.
 * {@link #recorded()} holds every byte array and string that crossed the SPI (keys, bodies, index
 * values, unique keys, stream names, log entries), so a test can prove no PHI was among them;
 * {@link #corruptLogEntry} flips a byte of a stored log entry as it is read back, as an attacker with
 * write access to the database would.
 *
 * @since 0.1.0
 */
public final class InterceptingStorageProvider implements StorageProvider {

    private final StorageProvider delegate;
    private final ConcurrentLinkedQueue<byte[]> recorded = new ConcurrentLinkedQueue<>();
    private final Set<String> corrupted = ConcurrentHashMap.newKeySet();
    private final Set<String> dropped = ConcurrentHashMap.newKeySet();

    public InterceptingStorageProvider(StorageProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public StorageEngine open(StorageSettings settings) {
        StorageEngine engine = delegate.open(settings);
        return new StorageEngine() {
            @Override
            public <T> T inTransaction(TenantId tenant, TransactionWork<T> work) {
                return engine.inTransaction(tenant, tx -> work.run(new Recording(tx)));
            }

            @Override
            public void close() {
                engine.close();
            }
        };
    }

    /** @return every byte array and string (as UTF-8) handed to the engine so far */
    public List<byte[]> recorded() {
        return List.copyOf(recorded);
    }

    /** @return true when {@code text} appears, as UTF-8 or UTF-16, in anything handed to the engine */
    public boolean engineSaw(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] lower = text.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        return recorded.stream().anyMatch(bytes -> contains(bytes, utf8) || contains(bytes, lower) || contains(bytes, utf16));
    }

    /** From now on, reading entry {@code seq} of {@code stream} (any tenant) returns it with one byte flipped. */
    public void corruptLogEntry(String stream, long seq) {
        corrupted.add(stream + "#" + seq);
    }

    /** From now on, reading {@code stream} (any tenant) skips entry {@code seq}, as if a row was deleted. */
    public void dropLogEntry(String stream, long seq) {
        dropped.add(stream + "#" + seq);
    }

    /** Stops all corruption and dropping set up by {@link #corruptLogEntry} and {@link #dropLogEntry}. */
    public void stopTampering() {
        corrupted.clear();
        dropped.clear();
    }

    private void record(String text) {
        recorded.add(text.getBytes(StandardCharsets.UTF_8));
    }

    private void record(DocumentKey key) {
        record(key.type());
        record(key.id());
    }

    private void recordIndex(IndexValue value) {
        if (value instanceof IndexValue.Text t) {
            record(t.value());
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private final class Recording implements Transaction {
        private final Transaction tx;

        Recording(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public TenantId tenant() {
            return tx.tenant();
        }

        @Override
        public Optional<StoredDocument> get(DocumentKey key) {
            record(key);
            return tx.get(key);
        }

        @Override
        public StoredDocument insert(DocumentKey key, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
            recordWrite(key, body, index, unique);
            return tx.insert(key, body, index, unique);
        }

        @Override
        public StoredDocument update(DocumentKey key, long expectedVersion, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
            recordWrite(key, body, index, unique);
            return tx.update(key, expectedVersion, body, index, unique);
        }

        private void recordWrite(DocumentKey key, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
            record(key);
            recorded.add(body.clone());
            index.forEach(entry -> {
                record(entry.field());
                recordIndex(entry.value());
            });
            unique.forEach(u -> {
                record(u.name());
                record(u.value());
            });
        }

        @Override
        public void lock(DocumentKey key) {
            record(key);
            tx.lock(key);
        }

        @Override
        public Page<StoredDocument> query(Query query) {
            record(query.type());
            for (Predicate p : query.where()) {
                record(p.field());
                if (p instanceof Predicate.Equals e) {
                    recordIndex(e.value());
                } else if (p instanceof Predicate.In in) {
                    in.values().forEach(InterceptingStorageProvider.this::recordIndex);
                } else if (p instanceof Predicate.Range r) {
                    if (r.fromInclusive() != null) {
                        recordIndex(r.fromInclusive());
                    }
                    if (r.toExclusive() != null) {
                        recordIndex(r.toExclusive());
                    }
                }
            }
            return tx.query(query);
        }

        @Override
        public long append(String stream, byte[] entry) {
            record(stream);
            recorded.add(entry.clone());
            return tx.append(stream, entry);
        }

        @Override
        public List<LogEntry> read(String stream, long fromSeq, int max) {
            record(stream);
            return tx.read(stream, fromSeq, max).stream()
                    .filter(e -> !dropped.contains(stream + "#" + e.seq()))
                    .map(e -> corrupted.contains(stream + "#" + e.seq()) ? flip(e) : e)
                    .toList();
        }

        private LogEntry flip(LogEntry e) {
            byte[] bytes = e.entry();
            bytes[bytes.length / 2] ^= 0x5A;
            return new LogEntry(e.stream(), e.seq(), bytes, e.appended());
        }
    }
}
