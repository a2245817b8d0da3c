package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;
import org.medcoord.testkit.storage.StorageEngineContract;

/**
 * The whole kit on an H2 file database. H2 in file mode belongs to one process, so the second engine
 * is a second pool on the same file inside this JVM ({@code AUTO_SERVER} is not needed for that).
 */
@DisplayName("The JDBC engine on H2")
class H2StorageEngineContractTest extends StorageEngineContract {

    @TempDir
    static Path dir;

    private Map<String, String> settings() {
        return Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("contract"), JdbcStorage.POOL_SIZE, "10");
    }

    @Override
    protected StorageEngine openEngine() {
        return new JdbcStorage().open(StorageSettings.of(settings()));
    }

    @Override
    protected StorageEngine openSecondEngineOnSameStore() {
        return new JdbcStorage().open(StorageSettings.of(settings()));
    }
}
