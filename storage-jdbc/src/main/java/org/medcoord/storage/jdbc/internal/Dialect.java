package org.medcoord.storage.jdbc.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases the engine runs on. Nearly all SQL is shared (H2 runs in PostgreSQL mode, which
 * accepts {@code INSERT ... ON CONFLICT DO NOTHING}); what differs is listed here.
 */
enum Dialect {
    POSTGRESQL("postgresql",
            "UPDATE mc_log_heads SET last_seq = last_seq + 1 WHERE tenant = ? AND stream = ? RETURNING last_seq"),
    // H2 has no RETURNING; its data-change delta table gives the same single round trip
    H2("h2",
            "SELECT last_seq FROM FINAL TABLE (UPDATE mc_log_heads SET last_seq = last_seq + 1 WHERE tenant = ? AND stream = ?)");

    private final String folder;
    private final String nextSeqSql;

    Dialect(String folder, String nextSeqSql) {
        this.folder = folder;
        this.nextSeqSql = nextSeqSql;
    }

    /** @return the Flyway location of this database's migrations */
    String migrations() {
        return "classpath:db/migration/medcoord/" + folder;
    }

    /** @return SQL that increments a stream's head row (locking it) and returns the new sequence number */
    String nextSeqSql() {
        return nextSeqSql;
    }

    static Optional<Dialect> ofUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Optional.of(POSTGRESQL);
        }
        return lower.startsWith("jdbc:h2:") ? Optional.of(H2) : Optional.empty();
    }

    static Optional<Dialect> ofProductName(String productName) {
        // PostgreSQL-compatible engines (YugabyteDB, for one) report "PostgreSQL" as well
        if ("PostgreSQL".equalsIgnoreCase(productName)) {
            return Optional.of(POSTGRESQL);
        }
        return "H2".equalsIgnoreCase(productName) ? Optional.of(H2) : Optional.empty();
    }
}
