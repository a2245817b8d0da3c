package org.medcoord.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.StorageUnavailableException;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;

/** A connection that dies inside a transaction surfaces as core's StorageUnavailableException, not an SQLException. */
@Tag("postgres")
class ConnectionLossOnPostgresTest {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Test
    void aConnectionKilledMidTransactionIsStorageUnavailableAndTheEngineRecovers() {
        // a unique application name lets the test kill exactly this engine's server processes
        String application = "mc-loss-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new HashMap<>(PG.settings());
        settings.put(JdbcStorage.URL, settings.get(JdbcStorage.URL) + "&ApplicationName=" + application);
        TenantId tenant = TenantId.of("loss");
        DocumentKey key = new DocumentKey("note", "1");
        try (StorageEngine engine = new JdbcStorage().open(StorageSettings.of(settings))) {
            assertThatThrownBy(() -> engine.inTransaction(tenant, tx -> {
                tx.insert(key, new byte[] {1}, List.of(), List.of());
                assertThat(terminate(application)).isPositive();
                return tx.get(key);
            })).isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("could not be reached")
                    .satisfies(e -> assertThat(e.getCause()).isInstanceOf(SQLException.class));
            // nothing committed, and the pool hands out a working connection again
            boolean stored = engine.inTransaction(tenant, tx -> tx.get(key).isPresent());
            assertThat(stored).isFalse();
        }
    }

    private static int terminate(String application) {
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.serverUrl());
             PreparedStatement ps = c.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE application_name = ? AND state = 'idle in transaction'")) {
            ps.setString(1, application);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
