package org.medcoord.storage.jdbc;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.testkit.storage.StorageEngineContract;

/** The whole kit on PostgreSQL, with a second engine on its own pool racing the first. */
@Tag("postgres")
@DisplayName("The JDBC engine on PostgreSQL")
class PostgresStorageEngineContractTest extends StorageEngineContract {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Override
    protected StorageEngine openEngine() {
        return new JdbcStorage().open(StorageSettings.of(PG.settings()));
    }

    @Override
    protected StorageEngine openSecondEngineOnSameStore() {
        return new JdbcStorage().open(StorageSettings.of(PG.settings()));
    }
}
