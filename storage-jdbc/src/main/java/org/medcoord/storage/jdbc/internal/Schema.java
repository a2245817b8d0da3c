package org.medcoord.storage.jdbc.internal;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.medcoord.core.ConfigurationException;

/**
 * Brings the database's tables to the version this code expects, with Flyway, before the engine
 * serves anything.
 *
 * <p>Flyway ignores "future" migrations by default, which would let an older MedCoord run against a
 * schema a newer one changed; this class refuses that explicitly (MC-JDBC-005).
 */
final class Schema {

    static final String HISTORY_TABLE = "mc_schema_history";

    private Schema() {
    }

    /**
     * @param locations Flyway locations; the dialect's own, plus extra ones only in tests
     * @throws ConfigurationException when the schema is newer than this code, differs from what this
     *         code's migrations created, or a migration fails
     */
    static void migrate(DataSource dataSource, List<String> locations) {
        Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table(HISTORY_TABLE)
                // a vendor's DataSource may point at a schema that already holds its own tables
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        List<String> future;
        try {
            future = Arrays.stream(flyway.info().applied())
                    .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                    .map(m -> m.getVersion() + " (" + m.getDescription() + ")")
                    .toList();
        } catch (FlywayException e) {
            throw new ConfigurationException("MC-JDBC-006", List.of("cannot read the schema history table "
                    + HISTORY_TABLE + ": " + e.getMessage() + "; check the database user's rights"), e);
        }
        if (!future.isEmpty()) {
            throw new ConfigurationException("MC-JDBC-005", List.of("the database schema is newer than this MedCoord: it has migration(s) "
                    + String.join(", ", future) + " that this version does not know; upgrade MedCoord to the version that"
                    + " wrote them, or point medcoord.jdbc.url at another database"), null);
        }
        try {
            flyway.migrate();
        } catch (FlywayValidateException e) {
            throw new ConfigurationException("MC-JDBC-007", List.of("the database schema differs from the migrations this"
                    + " MedCoord ships (" + e.getMessage() + "); do not edit MedCoord's tables by hand, restore them or use a fresh database"), e);
        } catch (FlywayException e) {
            throw new ConfigurationException("MC-JDBC-006", List.of("a schema migration failed and was rolled back where the database"
                    + " allows it (PostgreSQL does; H2 commits DDL statement by statement): " + e.getMessage()
                    + "; fix the cause, then start again (on H2, delete or restore the database file first)"), e);
        }
    }
}
