package org.medcoord.core.data;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.event.DomainEvent;

/**
 * One transaction of one tenant, seen in domain terms. Valid only inside the work it was handed to.
 *
 * @since 0.1.0
 */
public interface DataSession {

    /** @return who the transaction runs for */
    AccessContext context();

    /** @return the current instant of the injected clock */
    Instant now();

    /**
     * Checks the access policy for an operation and, when permitted, records it in the audit trail in
     * this transaction (successful reads and searches only while read auditing is on). When denied, the
     * denial is audited in a transaction of its own (so it survives the rollback) and
     * {@link org.medcoord.core.AccessDeniedException} is thrown.
     *
     * @param source  the operation, for example {@code "records.patient.read"}
     * @param subject the document concerned, for example {@code "patient/0190..."}, or empty
     */
    void authorize(Action action, DataCategory category, Optional<PatientId> patient, String source, String subject);

    /**
     * Records a denied attempt in the audit trail without throwing, for operations that must not reveal
     * why they fail (a record hidden by a consent directive answers "not found", exactly like a missing
     * one). The entry is written after this transaction ends, whether it commits or rolls back.
     *
     * @param reason why it was denied, for the audit report; no PHI
     */
    void auditDenied(Action action, DataCategory category, Optional<PatientId> patient, String source, String subject, String reason);

    /** @return the document, or empty */
    <T> Optional<Versioned<T>> find(DocumentType<T> type, String id);

    /** @return the document; throws {@link org.medcoord.core.NotFoundException} when absent */
    <T> Versioned<T> get(DocumentType<T> type, String id);

    /** Inserts at version 1; unique-key clashes throw {@link org.medcoord.core.UniqueKeyViolationException}. */
    <T> Versioned<T> insert(DocumentType<T> type, String id, T value);

    /** Replaces the value; a stale version throws {@link org.medcoord.core.VersionConflictException}. */
    <T> Versioned<T> update(DocumentType<T> type, String id, long expectedVersion, T value);

    /** Locks one key of {@code lockType} until the transaction ends. */
    void lock(String lockType, String id);

    /** Locks several keys of {@code lockType} in canonical (sorted) order, so that callers cannot deadlock. */
    void lockAll(String lockType, Collection<String> ids);

    /** @return one page of matching documents */
    <T> ResultPage<Versioned<T>> query(DocumentType<T> type, Criteria criteria);

    /** Appends to the tenant's stream {@code log.stream() + suffix}; returns the sequence number. */
    <E> long append(LogType<E> log, String suffix, E entry);

    /** Reads entries of the tenant's stream {@code log.stream() + suffix}. */
    <E> List<Logged<E>> read(LogType<E> log, String suffix, long fromSeq, int max);

    /** Writes {@code event} to the tenant's outbox in this transaction and hands it to listeners after commit. */
    void publish(DomainEvent event);

    /** Runs {@code action} after a successful commit (never after rollback). */
    void afterCommit(Runnable action);
}
