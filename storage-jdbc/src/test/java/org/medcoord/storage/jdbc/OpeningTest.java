package org.medcoord.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.TenantId;
import org.medcoord.core.spi.storage.DocumentKey;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.core.spi.storage.StoredDocument;

/** Opening the engine: discovery, settings, and each way it must refuse to start with a clear reason. */
class OpeningTest {

    @TempDir
    Path dir;

    private static StorageEngine open(Map<String, String> settings) {
        return new JdbcStorage().open(StorageSettings.of(settings));
    }

    @Test
    void serviceLoaderFindsTheProviderUnderIdJdbc() {
        assertThat(ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get).map(StorageProvider::id))
                .contains("jdbc");
    }

    @Test
    void everySettingsProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new JdbcStorage().open(new StorageSettings(
                Map.of(JdbcStorage.URL, "jdbc:h2:mem:x", JdbcStorage.POOL_SIZE, "lots"),
                Map.of(DataSource.class, new HikariDataSource()), Clock.systemUTC())))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-JDBC-001");
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(JdbcStorage.POOL_SIZE).contains("1 to 1000"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(JdbcStorage.URL).contains("DataSource"));
                });
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedWithTheSupportedForms() {
        assertThatThrownBy(() -> open(Map.of(JdbcStorage.URL, "jdbc:mysql://db:3306/clinic")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-JDBC-001");
                    assertThat(e.getMessage()).contains("jdbc:postgresql://").contains("jdbc:h2:file:");
                });
    }

    @Test
    void anUnreachableServerIsAConfigurationErrorNamingWhatToCheck() {
        assertThatThrownBy(() -> open(Map.of(JdbcStorage.URL, "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2&password=secret")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-JDBC-004");
                    assertThat(e.getMessage()).contains("127.0.0.1:1").contains("server runs").doesNotContain("secret");
                });
    }

    @Test
    void anH2UrlInAnotherModeIsRefused() {
        assertThatThrownBy(() -> open(Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("m") + ";MODE=MySQL")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getMessage()).contains("MODE=PostgreSQL"));
    }

    @Test
    void aSchemaNewerThanTheCodeIsRefused() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("newer");
        open(Map.of(JdbcStorage.URL, url)).close();
        try (Connection c = DriverManager.getConnection(url + ";MODE=PostgreSQL", "", ""); Statement st = c.createStatement()) {
            // Flyway creates its history table with quoted lower-case names on H2
            st.execute("INSERT INTO \"mc_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql',"
                    + " 0, 'test', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        assertThatThrownBy(() -> open(Map.of(JdbcStorage.URL, url)))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("MC-JDBC-005");
                    assertThat(e.getMessage()).contains("newer than this MedCoord").contains("99");
                });
    }

    @Test
    void aVendorDataSourceIsUsedAndNotClosed() {
        try (HikariDataSource vendor = new HikariDataSource()) {
            vendor.setJdbcUrl("jdbc:h2:file:" + dir.resolve("vendor") + ";MODE=PostgreSQL");
            StorageEngine engine = new JdbcStorage().open(new StorageSettings(Map.of(), Map.of(DataSource.class, vendor), Clock.systemUTC()));
            engine.inTransaction(TenantId.of("t"), tx -> tx.insert(new DocumentKey("note", "1"), new byte[] {1}, List.of(), List.of()));
            engine.close();
            assertThat(vendor.isClosed()).isFalse();
            StorageEngine again = new JdbcStorage().open(new StorageSettings(Map.of(), Map.of(DataSource.class, vendor), Clock.systemUTC()));
            Optional<StoredDocument> stored = again.inTransaction(TenantId.of("t"), tx -> tx.get(new DocumentKey("note", "1")));
            assertThat(stored).isPresent();
            again.close();
        }
    }

    @Test
    void anH2FileKeepsItsDataAcrossCloseAndReopen() {
        Map<String, String> settings = Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("durable"));
        StorageEngine first = open(settings);
        first.inTransaction(TenantId.of("clinic"), tx -> {
            tx.insert(new DocumentKey("note", "n1"), new byte[] {7}, List.of(), List.of());
            return tx.append("audit", new byte[] {1});
        });
        first.close();
        StorageEngine reopened = open(settings);
        try {
            reopened.inTransaction(TenantId.of("clinic"), tx -> {
                assertThat(tx.get(new DocumentKey("note", "n1"))).hasValueSatisfying(d -> assertThat(d.body()).containsExactly(7));
                assertThat(tx.append("audit", new byte[] {2})).isEqualTo(2);
                return null;
            });
        } finally {
            reopened.close();
        }
    }
}
