package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.scheduling.SchedulingContract;

@DisplayName("The scheduling contract on the JDBC engine, H2")
class H2SchedulingContractTest extends SchedulingContract {

    @TempDir
    static Path dir;

    @Override
    protected StorageProvider storageProvider() {
        return new JdbcStorage();
    }

    /** H2 serialises the race on its table locks; 8 x 100 still races every booking against the others. */
    @Override
    protected int attemptsPerThread() {
        return 100;
    }

    @Override
    protected Map<String, String> storageSettings() {
        return Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("scheduling"));
    }
}
