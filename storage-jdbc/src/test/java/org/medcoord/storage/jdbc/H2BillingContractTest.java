package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.billing.BillingContract;

@DisplayName("The billing contract on the JDBC engine, H2")
class H2BillingContractTest extends BillingContract {

    @TempDir
    static Path dir;

    @Override
    protected StorageProvider storageProvider() {
        return new JdbcStorage();
    }

    @Override
    protected Map<String, String> storageSettings() {
        return Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("billing"));
    }
}
