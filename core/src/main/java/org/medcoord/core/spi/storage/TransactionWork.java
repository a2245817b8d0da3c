package org.medcoord.core.spi.storage;

/**
 * The body of a transaction. Runs on the calling thread; may be called more than once only if the
 * caller retries after a {@link org.medcoord.core.RetryableConflictException}.
 *
 * @param <T> what the work returns
 * @since 0.1.0
 */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx);
}
