package org.medcoord.core.spi.storage;

import org.medcoord.core.TenantId;

/**
 * An open store. Thread-safe: many threads run transactions at once.
 *
 * @since 0.1.0
 */
public interface StorageEngine extends AutoCloseable {

    /**
     * Runs {@code work} in one transaction of {@code tenant}. All its effects commit together when it
     * returns, or none when it throws: the exception is then rethrown unchanged (after rollback).
     * A nested call on the same thread for the same tenant joins the outer transaction; a nested call
     * for another tenant fails with {@link IllegalStateException}.
     *
     * @throws org.medcoord.core.RetryableConflictException when the engine detected a deadlock or
     *         serialization failure and rolled back
     * @throws org.medcoord.core.StorageUnavailableException when the store cannot be reached
     */
    <T> T inTransaction(TenantId tenant, TransactionWork<T> work);

    /** Releases pools, files and threads. Called once, by MedCoord, when it closes. */
    @Override
    void close();
}
