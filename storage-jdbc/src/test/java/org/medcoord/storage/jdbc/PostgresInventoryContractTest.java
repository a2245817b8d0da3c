package org.medcoord.storage.jdbc;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.inventory.InventoryContract;

@Tag("postgres")
@DisplayName("The inventory contract on the JDBC engine, PostgreSQL")
class PostgresInventoryContractTest extends InventoryContract {

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
}
