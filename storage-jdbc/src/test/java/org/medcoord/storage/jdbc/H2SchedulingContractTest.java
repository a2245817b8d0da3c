package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testkit.scheduling.SchedulingContract;

@DisplayName("Scheduling on the JDBC engine, H2")
class H2SchedulingContractTest extends SchedulingContract {

    @TempDir
    static Path dir;

    @Override
    protected StorageProvider storageProvider() {
        return new JdbcStorage();
    }

    @Override
    protected Map<String, String> storageSettings() {
        return Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("scheduling"));
    }

    /** PostgreSQL races the kit's full 8 x 500; embedded H2 takes about 110 s for that, so 8 x 100 here. */
    @Override
    protected int attemptsPerThread() {
        return 100;
    }
}
