package org.medcoord.core.spi;

/**
 * Receives a copy of every audit record after it has committed to the tenant's hash-chained trail,
 * for forwarding to a SIEM or a log pipeline. The trail in storage stays the record of truth. One per
 * {@code MedCoord} instance; the built-in default writes a line without PHI (ids, action, outcome) to
 * the SLF4J logger {@code medcoord.audit}.
 *
 * <p>Called after commit on the thread that committed, once per record. Must be thread-safe and fast;
 * an exception is logged and does not undo the commit.
 *
 * @since 0.1.0
 */
public interface AuditSink {

    /** @return a stable id, for example {@code "slf4j"} */
    String id();

    /** Receives one committed record. */
    void accept(AuditRecord record);
}
