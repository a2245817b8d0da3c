package org.medcoord.storage.jdbc;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.coordination.CoordinationContract;

@Tag("postgres")
@DisplayName("The coordination contract on the JDBC engine, PostgreSQL")
class PostgresCoordinationContractTest extends CoordinationContract {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Override
    protected StorageProvider storageProvider() {
        return new JdbcStorage();
    }

    @Override
    protected Map<String, String> storageSettings() {
        return PG.settings();
    }

    /** Two MedCoord instances on one PostgreSQL database race like two processes. */
    @Override
    protected boolean instancesShareStorage() {
        return true;
    }
}
