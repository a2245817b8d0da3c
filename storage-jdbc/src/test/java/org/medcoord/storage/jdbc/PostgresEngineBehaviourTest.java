package org.medcoord.storage.jdbc;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;

@Tag("postgres")
class PostgresEngineBehaviourTest extends JdbcEngineBehaviour {

    @RegisterExtension
    static final PostgresDatabase PG = new PostgresDatabase();

    @Override
    protected StorageEngine openEngine() {
        return new JdbcStorage().open(StorageSettings.of(PG.settings()));
    }
}
