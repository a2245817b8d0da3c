package org.medcoord.core.data;

import java.util.function.Function;
import org.medcoord.core.access.AccessContext;

/**
 * Runs domain work in transactions of the caller's tenant. Thread-safe; obtain it from
 * {@code medcoord.service(DataStore.class)} or inject it in a domain module.
 *
 * @since 0.1.0
 */
public interface DataStore {

    /**
     * Runs {@code work} in one transaction of {@code context.tenant()}: its writes, audit events and
     * outbox entries commit together or not at all; published events reach listeners after commit.
     * Nested calls on the same thread join the outer transaction. A retryable conflict (deadlock,
     * serialization failure) reruns {@code work} up to 3 times before it propagates, so {@code work}
     * must have no effects outside the session.
     */
    <T> T inTransaction(AccessContext context, Function<DataSession, T> work);
}
