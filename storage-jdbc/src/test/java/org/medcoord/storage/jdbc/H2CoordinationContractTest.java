package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.coordination.CoordinationContract;

@DisplayName("The coordination contract on the JDBC engine, H2")
class H2CoordinationContractTest extends CoordinationContract {

    @TempDir
    static Path dir;

    @Override
    protected StorageProvider storageProvider() {
        return new JdbcStorage();
    }

    @Override
    protected Map<String, String> storageSettings() {
        return Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("coordination"));
    }
}
