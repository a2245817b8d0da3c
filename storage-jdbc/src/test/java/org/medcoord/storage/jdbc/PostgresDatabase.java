package org.medcoord.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one place that decides whether PostgreSQL tests run, and that gives each test class schemas of
 * its own (dropped afterwards), so that parallel runs and leftovers never collide.
 *
 * <p>Server: {@code MEDCOORD_TEST_PG_URL} (default {@value #DEFAULT_URL}), user
 * {@code MEDCOORD_TEST_PG_USER} (default {@code root}), password {@code MEDCOORD_TEST_PG_PASSWORD}
 * (default none). When no server answers, the class is skipped with the reason, unless
 * {@code MEDCOORD_REQUIRE_PG=1} (CI), which turns the skip into a failure.
 *
 * <pre>{@code @RegisterExtension static final PostgresDatabase PG = new PostgresDatabase();}</pre>
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final List<String> schemas = new ArrayList<>();
    private String schema;
    // JUnit calls a static extension's class callbacks for every @Nested class too; only the outermost
    // class (the one that opened the schema) may drop it
    private String owner;

    /** @return the server URL without a schema */
    public static String serverUrl() {
        return env("MEDCOORD_TEST_PG_URL", DEFAULT_URL);
    }

    public static String user() {
        return env("MEDCOORD_TEST_PG_USER", "root");
    }

    public static String password() {
        return env("MEDCOORD_TEST_PG_PASSWORD", "");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (owner != null) {
            return;
        }
        try {
            schema = newSchema();
            owner = context.getUniqueId();
        } catch (SQLException e) {
            String reason = "PostgreSQL is not reachable at " + serverUrl() + " as " + user() + " (" + e.getMessage()
                    + "); start it or set MEDCOORD_TEST_PG_URL";
            if ("1".equals(System.getenv("MEDCOORD_REQUIRE_PG"))) {
                throw new IllegalStateException(reason + " — MEDCOORD_REQUIRE_PG=1 makes this a failure", e);
            }
            Assumptions.abort(reason + " — skipped (set MEDCOORD_REQUIRE_PG=1 to fail instead)");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!context.getUniqueId().equals(owner)) {
            return;
        }
        owner = null;
        try (Connection c = connect(serverUrl()); Statement st = c.createStatement()) {
            for (String s : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            }
        }
        schemas.clear();
    }

    /** @return a fresh, empty schema, dropped after the class */
    public String newSchema() throws SQLException {
        String name = "mc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = connect(serverUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + name);
        }
        schemas.add(name);
        return name;
    }

    /** @return the class's schema */
    public String schema() {
        return schema;
    }

    /** @return a URL whose connections use {@code schemaName} */
    public static String url(String schemaName) {
        String base = serverUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schemaName;
    }

    /** @return JdbcStorage settings for the class's schema */
    public Map<String, String> settings() {
        return settings(schema);
    }

    /** @return JdbcStorage settings for {@code schemaName} */
    public static Map<String, String> settings(String schemaName) {
        Map<String, String> settings = new HashMap<>();
        settings.put(JdbcStorage.URL, url(schemaName));
        settings.put(JdbcStorage.USER, user());
        settings.put(JdbcStorage.PASSWORD, password());
        settings.put(JdbcStorage.POOL_SIZE, "8");
        return settings;
    }

    /** @return a plain connection (auto-commit) to {@code url} */
    public static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
