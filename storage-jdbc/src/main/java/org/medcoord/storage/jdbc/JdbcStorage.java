package org.medcoord.storage.jdbc;

import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.storage.jdbc.internal.JdbcStorageEngine;

/**
 * MedCoord storage on a relational database: PostgreSQL 15+ in production (several application
 * instances may share one database: locks, unique keys and log sequence numbers hold across processes)
 * and H2 in file mode as the embedded default. Found by {@link java.util.ServiceLoader}; choose it with
 * {@code medcoord.storage=jdbc} when several storage providers are on the classpath.
 *
 * <p>Settings:
 * <ul>
 *   <li>{@value #URL}: the JDBC URL, {@code jdbc:postgresql://host:5432/db} or {@code jdbc:h2:file:/path/name};
 *       default {@value #DEFAULT_URL} (an H2 file in {@code ./medcoord-data/}). H2 URLs get
 *       {@code ;MODE=PostgreSQL} and a 30 s {@code LOCK_TIMEOUT} unless they set them.</li>
 *   <li>{@value #USER} and {@value #PASSWORD}: the database credentials.</li>
 *   <li>{@value #POOL_SIZE}: connections in the pool, 1 to 1000; default 10.</li>
 * </ul>
 * Instead of these, the embedding application may hand over its own {@link javax.sql.DataSource}
 * ({@code MedCoord.builder().component(DataSource.class, ds)}); MedCoord then neither pools nor closes it.
 *
 * <p>On open, the schema is created or migrated with Flyway (history table {@code mc_schema_history}).
 * Opening fails with a {@link org.medcoord.core.ConfigurationException} when the settings are wrong
 * ({@code MC-JDBC-001}), the database is not PostgreSQL or H2 ({@code MC-JDBC-003}), cannot be reached
 * ({@code MC-JDBC-004}), has a schema newer than this code ({@code MC-JDBC-005}), a migration fails
 * ({@code MC-JDBC-006}) or the schema differs from what the migrations created ({@code MC-JDBC-007}).
 *
 * @since 0.1.0
 */
public final class JdbcStorage implements StorageProvider {

    /** The provider id, matched by the {@code medcoord.storage} setting. */
    public static final String ID = "jdbc";
    /** Setting: the JDBC URL. */
    public static final String URL = "medcoord.jdbc.url";
    /** Setting: the database user. */
    public static final String USER = "medcoord.jdbc.user";
    /** Setting: the database password. */
    public static final String PASSWORD = "medcoord.jdbc.password";
    /** Setting: the maximum number of pooled connections. */
    public static final String POOL_SIZE = "medcoord.jdbc.pool-size";
    /** The URL used when {@value #URL} is not set: an H2 database file under {@code ./medcoord-data/}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./medcoord-data/medcoord";

    /** Called by {@link java.util.ServiceLoader} or the embedding application. */
    public JdbcStorage() {
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Connects, migrates the schema and returns the engine. Called once per {@code MedCoord} instance,
     * by MedCoord, on the thread that builds it.
     *
     * @throws org.medcoord.core.ConfigurationException as listed in the class documentation
     */
    @Override
    public StorageEngine open(StorageSettings settings) {
        return JdbcStorageEngine.open(settings);
    }
}
