package org.medcoord.storage.jdbc.internal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.TenantId;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.VersionConflictException;
import org.medcoord.core.spi.storage.Cursor;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StoredDocument;
import org.medcoord.core.spi.storage.Transaction;
import org.medcoord.core.spi.storage.UniqueKey;

/**
 * One database transaction on one connection, used by one thread.
 *
 * <p>Conflicts are detected with {@code INSERT ... ON CONFLICT DO NOTHING} and the row count instead of
 * catching SQLState 23505: a failed statement aborts a PostgreSQL transaction, and the work may catch
 * a {@link UniqueKeyViolationException} and go on. When a write finds a conflict half-way, it deletes
 * the rows it had added itself, so the failed call changes nothing.
 */
final class JdbcTransaction implements Transaction {

    private static final String DOCUMENT_ID_KEY = "document id";
    private static final int MAX_STREAM_LENGTH = 128;

    private final TenantId tenant;
    private final String tenantValue;
    private final Connection connection;
    private final Dialect dialect;
    private final Clock clock;
    private final Thread owner;
    private boolean ended;

    JdbcTransaction(TenantId tenant, Connection connection, Dialect dialect, Clock clock) {
        this.tenant = tenant;
        this.tenantValue = tenant.value();
        this.connection = connection;
        this.dialect = dialect;
        this.clock = clock;
        this.owner = Thread.currentThread();
    }

    void end() {
        ended = true;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public Optional<StoredDocument> get(DocumentKey key) {
        Objects.requireNonNull(key, "key");
        checkUsable();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT version, body, written FROM mc_documents WHERE tenant = ? AND type = ? AND id = ?")) {
            bindKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredDocument(key, rs.getLong(1), rs.getBytes(2), instant(rs, 3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading " + key);
        }
    }

    @Override
    public StoredDocument insert(DocumentKey key, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        Set<UniqueKey> keys = new LinkedHashSet<>(Objects.requireNonNull(unique, "unique"));
        Map<String, Set<ByteBuffer>> entries = entries(index);
        checkUsable();
        Instant written = now();
        try {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO mc_documents (tenant, type, id, version, body, written)"
                    + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING")) {
                bindKey(ps, 1, key);
                ps.setBytes(4, body);
                ps.setObject(5, OffsetDateTime.ofInstant(written, ZoneOffset.UTC));
                if (ps.executeUpdate() == 0) {
                    throw new UniqueKeyViolationException(DOCUMENT_ID_KEY, key.type());
                }
            }
            Optional<UniqueKey> taken = claim(key, keys);
            if (taken.isPresent()) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM mc_documents WHERE tenant = ? AND type = ? AND id = ?")) {
                    bindKey(ps, 1, key);
                    ps.executeUpdate();
                }
                throw new UniqueKeyViolationException(taken.get().name(), key.type());
            }
            writeIndex(key, entries);
            return new StoredDocument(key, 1, body, written);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "inserting " + key);
        }
    }

    @Override
    public StoredDocument update(DocumentKey key, long expectedVersion, byte[] body, List<IndexEntry> index, List<UniqueKey> unique) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(body, "body");
        Set<UniqueKey> wanted = new LinkedHashSet<>(Objects.requireNonNull(unique, "unique"));
        Map<String, Set<ByteBuffer>> entries = entries(index);
        checkUsable();
        Instant written = now();
        try {
            // the row lock taken here is what makes two updates with the same expected version serialize:
            // the second waits, then reads the first one's version and fails
            long current;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT version FROM mc_documents WHERE tenant = ? AND type = ? AND id = ? FOR UPDATE")) {
                bindKey(ps, 1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException(key.toString());
                    }
                    current = rs.getLong(1);
                }
            }
            if (current != expectedVersion) {
                throw new VersionConflictException(key.toString(), expectedVersion, current);
            }
            Set<UniqueKey> held = heldKeys(key);
            Set<UniqueKey> added = new LinkedHashSet<>(wanted);
            added.removeAll(held);
            Optional<UniqueKey> taken = claim(key, added);
            if (taken.isPresent()) {
                throw new UniqueKeyViolationException(taken.get().name(), key.type());
            }
            Set<UniqueKey> released = new LinkedHashSet<>(held);
            released.removeAll(wanted);
            if (!released.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement("DELETE FROM mc_unique_keys WHERE tenant = ? AND name = ? AND val = ?")) {
                    for (UniqueKey k : released) {
                        ps.setString(1, tenantValue);
                        ps.setString(2, k.name());
                        ps.setString(3, k.value());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE mc_documents SET version = ?, body = ?, written = ? WHERE tenant = ? AND type = ? AND id = ?")) {
                ps.setLong(1, current + 1);
                ps.setBytes(2, body);
                ps.setObject(3, OffsetDateTime.ofInstant(written, ZoneOffset.UTC));
                bindKey(ps, 4, key);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM mc_index_entries WHERE tenant = ? AND type = ? AND id = ?")) {
                bindKey(ps, 1, key);
                ps.executeUpdate();
            }
            writeIndex(key, entries);
            return new StoredDocument(key, current + 1, body, written);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "updating " + key);
        }
    }

    @Override
    public void lock(DocumentKey key) {
        Objects.requireNonNull(key, "key");
        checkUsable();
        try {
            int created;
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO mc_locks (tenant, type, id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                bindKey(ps, 1, key);
                // waits while another transaction's uncommitted insert of the same row is pending
                created = ps.executeUpdate();
            }
            if (created == 1) {
                // our own uncommitted row: every other locker waits on its insert until we end
                return;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id FROM mc_locks WHERE tenant = ? AND type = ? AND id = ? FOR UPDATE")) {
                bindKey(ps, 1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "locking " + key);
        }
    }

    @Override
    public Page<StoredDocument> query(Query query) {
        Objects.requireNonNull(query, "query");
        checkUsable();
        QuerySql built = QuerySql.of(tenantValue, query);
        try (PreparedStatement ps = connection.prepareStatement(built.sql())) {
            List<Object> params = built.params();
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof byte[] bytes) {
                    ps.setBytes(i + 1, bytes);
                } else if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            List<StoredDocument> items = new ArrayList<>();
            byte[] lastSortValue = null;
            boolean more = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == query.limit()) {
                        more = true;
                        break;
                    }
                    items.add(new StoredDocument(new DocumentKey(query.type(), rs.getString(1)), rs.getLong(2), rs.getBytes(3), instant(rs, 4)));
                    if (built.ordered()) {
                        lastSortValue = rs.getBytes(5);
                    }
                }
            }
            Optional<Cursor> next = Optional.empty();
            if (more) {
                StoredDocument last = items.get(items.size() - 1);
                next = Optional.of(new Cursor(lastSortValue == null ? null : IndexValueCodec.decode(lastSortValue), last.key().id()));
            }
            return new Page<>(items, next);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "querying " + query.type());
        }
    }

    @Override
    public long append(String stream, byte[] entry) {
        checkStream(stream);
        Objects.requireNonNull(entry, "entry");
        checkUsable();
        Instant appended = now();
        try {
            long seq = nextSeq(stream);
            if (seq == 0) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO mc_log_heads (tenant, stream, last_seq) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")) {
                    ps.setString(1, tenantValue);
                    ps.setString(2, stream);
                    ps.executeUpdate();
                }
                seq = nextSeq(stream);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO mc_logs (tenant, stream, seq, entry, appended) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, tenantValue);
                ps.setString(2, stream);
                ps.setLong(3, seq);
                ps.setBytes(4, entry);
                ps.setObject(5, OffsetDateTime.ofInstant(appended, ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return seq;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "appending to stream " + stream);
        }
    }

    @Override
    public List<LogEntry> read(String stream, long fromSeq, int max) {
        checkStream(stream);
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        checkUsable();
        if (max == 0) {
            return List.of();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT seq, entry, appended FROM mc_logs WHERE tenant = ? AND stream = ? AND seq >= ? ORDER BY seq LIMIT ?")) {
            ps.setString(1, tenantValue);
            ps.setString(2, stream);
            ps.setLong(3, fromSeq);
            ps.setInt(4, max);
            List<LogEntry> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new LogEntry(stream, rs.getLong(1), rs.getBytes(2), instant(rs, 3)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading stream " + stream);
        }
    }

    /** @return the incremented head of {@code stream}, its row now locked until we end; 0 when it has no head yet */
    private long nextSeq(String stream) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(dialect.nextSeqSql())) {
            ps.setString(1, tenantValue);
            ps.setString(2, stream);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Inserts {@code keys} for {@code owner}. On the first one held by someone else, deletes those it
     * inserted and returns the taken one.
     */
    private Optional<UniqueKey> claim(DocumentKey owner, Set<UniqueKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<UniqueKey> inserted = new ArrayList<>();
        UniqueKey taken = null;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO mc_unique_keys (tenant, name, val, owner_type, owner_id)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (UniqueKey k : keys) {
                ps.setString(1, tenantValue);
                ps.setString(2, k.name());
                ps.setString(3, k.value());
                ps.setString(4, owner.type());
                ps.setString(5, owner.id());
                // one at a time, not batched: the first conflict ends the claim
                if (ps.executeUpdate() == 0) {
                    taken = k;
                    break;
                }
                inserted.add(k);
            }
        }
        if (taken == null) {
            return Optional.empty();
        }
        if (!inserted.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM mc_unique_keys WHERE tenant = ? AND name = ? AND val = ?")) {
                for (UniqueKey k : inserted) {
                    ps.setString(1, tenantValue);
                    ps.setString(2, k.name());
                    ps.setString(3, k.value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return Optional.of(taken);
    }

    private Set<UniqueKey> heldKeys(DocumentKey owner) throws SQLException {
        Set<UniqueKey> held = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, val FROM mc_unique_keys WHERE tenant = ? AND owner_type = ? AND owner_id = ?")) {
            bindKey(ps, 1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.add(new UniqueKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return held;
    }

    private void writeIndex(DocumentKey key, Map<String, Set<ByteBuffer>> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO mc_index_entries (tenant, type, id, field, val) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Set<ByteBuffer>> field : entries.entrySet()) {
                for (ByteBuffer value : field.getValue()) {
                    bindKey(ps, 1, key);
                    ps.setString(4, field.getKey());
                    ps.setBytes(5, value.array());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Encodes and de-duplicates entries: the table's primary key holds each (field, value) once. */
    private static Map<String, Set<ByteBuffer>> entries(List<IndexEntry> index) {
        Objects.requireNonNull(index, "index");
        Map<String, Set<ByteBuffer>> entries = new LinkedHashMap<>();
        for (IndexEntry entry : index) {
            entries.computeIfAbsent(entry.field(), f -> new LinkedHashSet<>()).add(ByteBuffer.wrap(IndexValueCodec.encode(entry.value())));
        }
        return entries;
    }

    private void bindKey(PreparedStatement ps, int first, DocumentKey key) throws SQLException {
        ps.setString(first, tenantValue);
        ps.setString(first + 1, key.type());
        ps.setString(first + 2, key.id());
    }

    // the databases keep microseconds; returning the same precision keeps insert's result equal to a later get
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void checkStream(String stream) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isEmpty() || stream.length() > MAX_STREAM_LENGTH) {
            throw new IllegalArgumentException("log stream names are 1 to " + MAX_STREAM_LENGTH + " characters");
        }
    }

    private void checkUsable() {
        if (ended) {
            throw new IllegalStateException("this transaction has ended; use the Transaction only inside its work");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a Transaction is bound to the thread that runs its work; start a transaction on this thread instead");
        }
    }
}
