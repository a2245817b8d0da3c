package org.medcoord.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.ConfigurationException;
import org.medcoord.storage.jdbc.PostgresDatabase;

/**
 * A migration that fails half-way leaves no partial schema on PostgreSQL: the test adds a broken
 * V2 (test resources) that creates a table, then fails.
 */
@Tag("postgres")
class FailedMigrationOnPostgresTest {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Test
    void aFailingMigrationIsReportedAndRolledBackWhole() throws SQLException {
        String schema = PG.newSchema();
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(PostgresDatabase.url(schema));
            ds.setUsername(PostgresDatabase.user());
            ds.setPassword(PostgresDatabase.password());
            assertThatThrownBy(() -> Schema.migrate(ds, List.of(Dialect.POSTGRESQL.migrations(), "classpath:db/broken-migration")))
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                        assertThat(e.code()).isEqualTo("MC-JDBC-006");
                        assertThat(e.getMessage()).contains("fix the cause");
                    });
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
                List<String> tables = new java.util.ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                // V1 committed on its own; nothing of the failed V2 remains
                assertThat(tables).contains("mc_documents", "mc_logs").doesNotContain("mc_half_done");
            }
            // fixed code (no broken migration) starts on the same schema
            Schema.migrate(ds, List.of(Dialect.POSTGRESQL.migrations()));
        }
    }
}
