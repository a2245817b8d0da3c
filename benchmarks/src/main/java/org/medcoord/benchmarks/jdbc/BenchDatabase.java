package org.medcoord.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.storage.jdbc.JdbcStorage;

/** Where a benchmark's data lives: an H2 file or a PostgreSQL schema, both reused between runs. */
final class BenchDatabase {

    private final String url;
    private final String user;
    private final String password;

    private BenchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** @param db {@code h2} or {@code postgresql}; @param name the data set, for example {@code ops} */
    static BenchDatabase of(String db, String name) throws SQLException {
        if ("h2".equals(db)) {
            Path file = Path.of("target", "bench-h2", name).toAbsolutePath();
            return new BenchDatabase("jdbc:h2:file:" + file + ";MODE=PostgreSQL;LOCK_TIMEOUT=30000", "", "");
        }
        String server = env("MEDCOORD_BENCH_PG_URL", env("MEDCOORD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        String user = env("MEDCOORD_TEST_PG_USER", "root");
        String password = env("MEDCOORD_TEST_PG_PASSWORD", "");
        String schema = "mc_bench_" + name;
        try (Connection c = DriverManager.getConnection(server, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        return new BenchDatabase(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    StorageEngine openEngine(int poolSize) {
        Map<String, String> settings = new HashMap<>();
        settings.put(JdbcStorage.URL, url);
        settings.put(JdbcStorage.USER, user);
        settings.put(JdbcStorage.PASSWORD, password);
        settings.put(JdbcStorage.POOL_SIZE, Integer.toString(poolSize));
        return new JdbcStorage().open(StorageSettings.of(settings));
    }

    /** A pool configured as the engine configures its own: the baseline pays the same pooling costs. */
    HikariDataSource openRawPool(int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    /**
     * Refreshes the planner's statistics, as autovacuum (PostgreSQL) or H2's automatic analysis would on a
     * live database; a freshly bulk-loaded table without them gets guessed plans.
     */
    void analyze() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
