package org.medcoord.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.LogEntry;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;

/**
 * The audit trail's rows cannot be rewritten with the application's own database role: a trigger
 * rejects UPDATE, DELETE and TRUNCATE on the log table.
 */
@Tag("postgres")
class AppendOnlyLogsOnPostgresTest {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Test
    void theApplicationsRoleCannotUpdateDeleteOrTruncateAuditRows() throws SQLException {
        TenantId tenant = TenantId.of("audit-rows");
        try (StorageEngine engine = new JdbcStorage().open(StorageSettings.of(PG.settings()))) {
            engine.inTransaction(tenant, tx -> tx.append("audit", new byte[] {1, 2, 3}));
        }
        // the same URL, user and password the engine used
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.url(PG.schema())); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE mc_logs SET entry = '\\x00' WHERE stream = 'audit'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM mc_logs WHERE stream = 'audit'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("TRUNCATE mc_logs"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (StorageEngine engine = new JdbcStorage().open(StorageSettings.of(PG.settings()))) {
            List<LogEntry> entries = engine.inTransaction(tenant, tx -> tx.read("audit", 1, 10));
            assertThat(entries).singleElement().satisfies(e -> assertThat(e.entry()).containsExactly(1, 2, 3));
        }
    }
}
