package org.medcoord.core.spi.storage;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.TenantId;

/**
 * One transaction of one tenant. Valid only inside the {@link TransactionWork} it was handed to, on
 * that thread. Reads see committed data plus this transaction's own writes, never another
 * transaction's uncommitted writes.
 *
 * @since 0.1.0
 */
public interface Transaction {

    /** @return the tenant every call of this transaction is scoped to */
    TenantId tenant();

    /** @return the document, or empty when none exists under {@code key} in this tenant */
    Optional<StoredDocument> get(DocumentKey key);

    /**
     * Creates a document at version 1.
     *
     * @throws org.medcoord.core.UniqueKeyViolationException when a document already exists under
     *         {@code key} or another document of this tenant holds one of {@code unique}
     */
    StoredDocument insert(DocumentKey key, byte[] body, List<IndexEntry> index, List<UniqueKey> unique);

    /**
     * Replaces a document's body, index entries and unique keys, creating version
     * {@code expectedVersion + 1}. Unique keys the document no longer declares are released.
     *
     * @throws org.medcoord.core.VersionConflictException when the current version is not {@code expectedVersion}
     * @throws org.medcoord.core.NotFoundException when no document exists under {@code key}
     * @throws org.medcoord.core.UniqueKeyViolationException when another document holds one of {@code unique}
     */
    StoredDocument update(DocumentKey key, long expectedVersion, byte[] body, List<IndexEntry> index, List<UniqueKey> unique);

    /**
     * Takes an exclusive lock on {@code key}, blocking while another transaction (in this process or,
     * for shared databases, another) holds it, until this transaction ends. The key need not name a
     * document. Lock several keys in sorted order.
     *
     * @throws org.medcoord.core.RetryableConflictException when the engine detects a deadlock
     */
    void lock(DocumentKey key);

    /** @return one page of documents matching every predicate, in the query's order */
    Page<StoredDocument> query(Query query);

    /**
     * Appends to a log stream of this tenant.
     *
     * @return the entry's sequence number: 1 for a stream's first entry, gap-free and strictly
     *         increasing in commit order
     */
    long append(String stream, byte[] entry);

    /** @return up to {@code max} entries with sequence numbers at or after {@code fromSeq}, in order */
    List<LogEntry> read(String stream, long fromSeq, int max);
}
