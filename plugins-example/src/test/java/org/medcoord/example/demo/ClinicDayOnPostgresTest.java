package org.medcoord.example.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.example.sms.SmsOutboxChannel;

/**
 * The demo with {@code --jdbc-url} on PostgreSQL ({@code MEDCOORD_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code MEDCOORD_TEST_PG_USER}, default {@code root}), in a
 * fresh schema dropped afterwards. Skipped with the reason when no server answers, unless
 * {@code MEDCOORD_REQUIRE_PG=1}, which makes that a failure.
 */
@Tag("postgres")
class ClinicDayOnPostgresTest {

    private static final String URL = env("MEDCOORD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("MEDCOORD_TEST_PG_USER", "root");
    private static final String PASSWORD = env("MEDCOORD_TEST_PG_PASSWORD", "");

    @TempDir
    Path dir;
    private String schema;

    @BeforeEach
    void freshSchema() {
        String name = "mc_demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + name);
            schema = name;
        } catch (SQLException e) {
            String reason = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); start it or set MEDCOORD_TEST_PG_URL";
            if ("1".equals(System.getenv("MEDCOORD_REQUIRE_PG"))) {
                throw new IllegalStateException(reason + " — MEDCOORD_REQUIRE_PG=1 makes this a failure", e);
            }
            Assumptions.abort(reason + " — skipped (set MEDCOORD_REQUIRE_PG=1 to fail instead)");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        System.clearProperty(SmsOutboxChannel.OUTBOX_PROPERTY);
        if (schema != null) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void theDemoPlaysTwoDaysOnPostgres() {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String[] args = PASSWORD.isEmpty()
                ? new String[] {"--data", dir.toString(), "--jdbc-url", url, "--jdbc-user", USER}
                : new String[] {"--data", dir.toString(), "--jdbc-url", url, "--jdbc-user", USER, "--jdbc-password", PASSWORD};

        ClinicDayTest.Run first = ClinicDayTest.run(args);
        ClinicDayTest.Run second = ClinicDayTest.run(args);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("storage jdbc: jdbc:postgresql:", "North Clinic, day 1", "audit chain verified");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("day 2 (continuing from stored data)", "found by patient number", "audit chain verified",
                "kit line (consumed by coordination)", "MC-PRAIRIE-101 fixed").containsPattern("claims submitted\\s+5\\n")
                .containsPattern("workflow events failed\\s+0\\n");
        assertThat(second.playedDay()).isEqualTo(first.playedDay().plusDays(1));
    }

    private static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(URL, props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
