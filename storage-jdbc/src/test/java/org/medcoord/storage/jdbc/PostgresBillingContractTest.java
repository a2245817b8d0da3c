package org.medcoord.storage.jdbc;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.billing.BillingContract;

@Tag("postgres")
@DisplayName("The billing contract on the JDBC engine, PostgreSQL")
class PostgresBillingContractTest extends BillingContract {

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
