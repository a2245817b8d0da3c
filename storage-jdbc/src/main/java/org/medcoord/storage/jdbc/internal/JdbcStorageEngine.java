package org.medcoord.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.TransactionWork;

/**
 * The storage engine on a JDBC {@link DataSource}. Public because {@code JdbcStorage}, in the API
 * package, creates it.
 *
 * <p><b>Isolation.</b> Transactions run at READ COMMITTED, on purpose. Every invariant is held by a
 * primary key (documents, unique keys, log sequence numbers) or a row lock (version checks lock the
 * document row; {@code lock} locks a lock row; appends lock the stream's head row). READ COMMITTED
 * takes a fresh snapshot per statement, so a query run after {@code lock} returned sees what the
 * previous lock holder committed; REPEATABLE READ would keep the snapshot from before the wait and let
 * a capacity check miss the booking that was just committed.
 *
 * <p><b>Threads.</b> A transaction is one connection bound to the calling thread (a {@link ThreadLocal}
 * of this engine, so two engines in one JVM never share one); a nested call on that thread joins it.
 */
public final class JdbcStorageEngine implements StorageEngine {

    private final DataSource dataSource;
    private final AutoCloseable ownedPool;
    private final Dialect dialect;
    private final Clock clock;
    private final boolean configureConnections;
    private final ThreadLocal<JdbcTransaction> current = new ThreadLocal<>();
    private volatile boolean closed;

    /**
     * @param ownedPool            closed with the engine, or {@code null} when the data source is the vendor's
     * @param configureConnections true when connections may come in any state (a vendor's data source):
     *                             then auto-commit and isolation are set per transaction, and auto-commit restored
     */
    JdbcStorageEngine(DataSource dataSource, AutoCloseable ownedPool, Dialect dialect, Clock clock, boolean configureConnections) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.dialect = dialect;
        this.clock = clock;
        this.configureConnections = configureConnections;
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        JdbcTransaction outer = current.get();
        if (outer != null) {
            if (!outer.tenant().equals(tenant)) {
                throw new IllegalStateException("a transaction of tenant " + outer.tenant() + " is open on this thread;"
                        + " a nested transaction must be for the same tenant, start the other one after it ends");
            }
            return work.run(outer);
        }
        if (closed) {
            throw new IllegalStateException("this storage engine is closed; MedCoord closed it, build a new MedCoord instance");
        }
        Connection connection = connect();
        JdbcTransaction tx = new JdbcTransaction(tenant, connection, dialect, clock);
        current.set(tx);
        try {
            T result = work.run(tx);
            tx.end();
            commit(connection);
            return result;
        } catch (Throwable failure) {
            // any Throwable, Errors included: nothing of a failed work may commit
            tx.end();
            rollback(connection, failure);
            throw failure;
        } finally {
            current.remove();
            release(connection);
        }
    }

    private Connection connect() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "opening a connection");
        }
        if (configureConnections) {
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException e) {
                release(connection);
                throw SqlErrors.translate(e, "starting a transaction");
            }
        }
        return connection;
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "committing");
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the work's own exception is what the caller must see; a dead connection rolls back anyway
            failure.addSuppressed(SqlErrors.translate(e, "rolling back"));
        }
    }

    private void release(Connection connection) {
        try {
            if (configureConnections) {
                connection.setAutoCommit(true);
            }
            connection.close();
        } catch (SQLException e) {
            // the transaction has ended either way; a broken connection is the pool's to discard
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with a connection that cannot even close
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ownedPool != null) {
            try {
                ownedPool.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the connection pool failed", e);
            }
        }
    }

    /**
     * Opens an engine: connections (the vendor's DataSource or a pool), then the schema migrations.
     *
     * @throws org.medcoord.core.ConfigurationException when the settings are wrong, the database is
     *         unreachable, or its schema cannot be brought to this version
     */
    public static JdbcStorageEngine open(StorageSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ConnectionSource source = ConnectionSource.open(settings);
        try {
            Schema.migrate(source.dataSource(), List.of(source.dialect().migrations()));
        } catch (RuntimeException e) {
            if (source.ownedPool() != null) {
                source.ownedPool().close();
            }
            throw e;
        }
        return new JdbcStorageEngine(source.dataSource(), source.ownedPool(), source.dialect(), settings.clock(), source.ownedPool() == null);
    }
}
