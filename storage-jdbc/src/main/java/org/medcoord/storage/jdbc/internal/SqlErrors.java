package org.medcoord.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.medcoord.core.MedCoordException;
import org.medcoord.core.RetryableConflictException;
import org.medcoord.core.StorageUnavailableException;

/**
 * Turns {@link SQLException}s into the SPI's typed errors, so that none escapes the engine.
 *
 * <p>Unique-key and duplicate-document conflicts never reach here: the engine inserts with
 * {@code ON CONFLICT DO NOTHING} and reads the row count, which keeps a PostgreSQL transaction usable
 * after the conflict (a failed statement would abort it).
 *
 * <p>PHI: database messages for data and constraint errors (SQLState classes 22 and 23) may quote
 * the offending values, so those are never chained as a cause; only their SQLState is reported.
 */
final class SqlErrors {

    // 40001 serialization failure (PostgreSQL, and H2's deadlock), 40P01 deadlock detected,
    // 55P03 lock not available, HYT00 H2 lock wait timeout
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "55P03", "HYT00");
    // 57P01..03 server shutting down or starting, 53300 too many connections
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

    private SqlErrors() {
    }

    /**
     * @param e      the failure
     * @param action what the engine was doing, without PHI, for example {@code "inserting patient/0190..."}
     * @return the exception to throw
     */
    static MedCoordException translate(SQLException e, String action) {
        String state = sqlState(e);
        if (RETRYABLE.contains(state)) {
            return new RetryableConflictException("the database rolled the transaction back while " + action
                    + " (SQLState " + state + ": deadlock, serialization failure or lock timeout); run it again", e);
        }
        if (isConnectionFailure(e, state)) {
            return new StorageUnavailableException("the database could not be reached while " + action
                    + " (SQLState " + state + "); check that it runs and that medcoord.jdbc.url and the network reach it", e);
        }
        boolean mayQuoteValues = state.startsWith("22") || state.startsWith("23");
        return new StorageUnavailableException("the database failed while " + action + " (SQLState " + state
                + ", vendor code " + e.getErrorCode() + "); see the database log for that SQLState",
                mayQuoteValues ? null : e);
    }

    static boolean isConnectionFailure(SQLException e, String state) {
        return state.startsWith("08") || UNAVAILABLE.contains(state)
                || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException;
    }

    /** @return the first SQLState in the chain, or {@code "unknown"} */
    static String sqlState(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null) {
                return next.getSQLState();
            }
        }
        return e.getCause() instanceof SQLException cause ? sqlState(cause) : "unknown";
    }
}
