package org.medcoord.storage.jdbc;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;

class H2EngineBehaviourTest extends JdbcEngineBehaviour {

    @TempDir
    static Path dir;

    @Override
    protected StorageEngine openEngine() {
        return new JdbcStorage().open(StorageSettings.of(Map.of(JdbcStorage.URL, "jdbc:h2:file:" + dir.resolve("db"))));
    }
}
