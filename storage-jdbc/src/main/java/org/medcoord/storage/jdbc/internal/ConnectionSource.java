package org.medcoord.storage.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.medcoord.core.ConfigurationException;
import org.medcoord.core.spi.storage.StorageSettings;

/**
 * Where the engine's connections come from: the vendor's {@link DataSource} when one is supplied,
 * otherwise a HikariCP pool on {@code medcoord.jdbc.url}. Reports every settings problem at once.
 *
 * @param dataSource the connections
 * @param ownedPool  the pool this class created (closed with the engine), or {@code null}
 * @param dialect    which database it is
 */
record ConnectionSource(DataSource dataSource, HikariDataSource ownedPool, Dialect dialect) {

    static final String URL = org.medcoord.storage.jdbc.JdbcStorage.URL;
    static final String USER = org.medcoord.storage.jdbc.JdbcStorage.USER;
    static final String PASSWORD = org.medcoord.storage.jdbc.JdbcStorage.PASSWORD;
    static final String POOL_SIZE = org.medcoord.storage.jdbc.JdbcStorage.POOL_SIZE;
    static final String DEFAULT_URL = org.medcoord.storage.jdbc.JdbcStorage.DEFAULT_URL;
    static final int DEFAULT_POOL_SIZE = 10;
    // how long an H2 transaction waits for a row lock before failing as retryable; H2's own default
    // (1 s) is too short for a queue of bookings on one resource
    private static final int H2_LOCK_TIMEOUT_MILLIS = 30_000;
    private static final AtomicInteger POOLS = new AtomicInteger();

    static ConnectionSource open(StorageSettings settings) {
        Optional<DataSource> vendor = settings.component(DataSource.class);
        List<String> problems = new ArrayList<>();
        int poolSize = poolSize(settings, problems);
        if (vendor.isPresent()) {
            for (String key : List.of(URL, USER, PASSWORD, POOL_SIZE)) {
                if (settings.value(key).isPresent()) {
                    problems.add(key + " is set although a javax.sql.DataSource component was supplied; configure the"
                            + " connection in one place: remove " + key + " or the DataSource component");
                }
            }
            throwIfAny(problems);
            return new ConnectionSource(vendor.get(), null, vendorDialect(vendor.get()));
        }
        String url = settings.value(URL).orElse(DEFAULT_URL).trim();
        Optional<Dialect> dialect = Dialect.ofUrl(url);
        if (dialect.isEmpty()) {
            problems.add(URL + " must be a PostgreSQL (jdbc:postgresql://host:5432/db) or H2 (jdbc:h2:file:./medcoord-data/medcoord)"
                    + " URL, was one starting with '" + scheme(url) + "'");
        } else if (dialect.get() == Dialect.H2) {
            url = h2Url(url, problems);
        }
        if (problems.isEmpty()) {
            try {
                DriverManager.getDriver(url);
            } catch (SQLException e) {
                problems.add("no JDBC driver accepts " + URL + " '" + scheme(url) + "...'; check the URL's spelling and that the"
                        + " org.postgresql:postgresql or com.h2database:h2 jar is on the classpath");
            }
        }
        throwIfAny(problems);
        HikariConfig config = new HikariConfig();
        config.setPoolName("medcoord-jdbc-" + POOLS.incrementAndGet());
        config.setJdbcUrl(url);
        settings.value(USER).ifPresent(config::setUsername);
        settings.value(PASSWORD).ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // fail at start, with a clear message, rather than on the first request
        config.setInitializationFailTimeout(1);
        try {
            HikariDataSource pool = new HikariDataSource(config);
            return new ConnectionSource(pool, pool, dialect.get());
        } catch (HikariPool.PoolInitializationException e) {
            throw new ConfigurationException("MC-JDBC-004", List.of("cannot connect to the database at " + withoutParameters(url)
                    + " (" + rootMessage(e) + "); check that the server runs and is reachable, and " + URL + ", " + USER
                    + " and " + PASSWORD), e);
        }
    }

    private static int poolSize(StorageSettings settings, List<String> problems) {
        Optional<String> value = settings.value(POOL_SIZE);
        if (value.isEmpty()) {
            return DEFAULT_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(value.get().trim());
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        problems.add(POOL_SIZE + " must be a whole number from 1 to 1000 (connections per MedCoord instance), was '" + value.get() + "'");
        return DEFAULT_POOL_SIZE;
    }

    /** Adds PostgreSQL mode (the shared SQL needs it) and a lock timeout unless the URL sets them. */
    private static String h2Url(String url, List<String> problems) {
        String upper = url.toUpperCase(Locale.ROOT);
        int mode = upper.indexOf(";MODE=");
        String result = url;
        if (mode < 0) {
            result += ";MODE=PostgreSQL";
        } else if (!upper.startsWith(";MODE=POSTGRESQL", mode)) {
            problems.add(URL + " sets an H2 MODE other than PostgreSQL; remove the MODE parameter (MedCoord sets MODE=PostgreSQL)");
        }
        if (!upper.contains(";LOCK_TIMEOUT=")) {
            result += ";LOCK_TIMEOUT=" + H2_LOCK_TIMEOUT_MILLIS;
        }
        return result;
    }

    private static Dialect vendorDialect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            Dialect dialect = Dialect.ofProductName(product).orElseThrow(() -> new ConfigurationException("MC-JDBC-003",
                    List.of("the supplied DataSource connects to " + product + "; MedCoord's JDBC storage runs on PostgreSQL and H2"), null));
            if (dialect == Dialect.H2) {
                try (Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
                    if (!rs.next() || !"PostgreSQL".equalsIgnoreCase(rs.getString(1))) {
                        throw new ConfigurationException("MC-JDBC-003", List.of("the supplied H2 DataSource does not run in PostgreSQL mode;"
                                + " add ;MODE=PostgreSQL to its URL"), null);
                    }
                }
            }
            return dialect;
        } catch (SQLException e) {
            throw new ConfigurationException("MC-JDBC-004", List.of("cannot get a connection from the supplied DataSource ("
                    + e.getMessage() + "); check its configuration and that the database runs"), e);
        }
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ConfigurationException("MC-JDBC-001", problems, null);
        }
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':', url.indexOf(':') + 1);
        return colon < 0 ? url : url.substring(0, colon + 1);
    }

    // user and password may travel as URL parameters; they never go into a message
    private static String withoutParameters(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
