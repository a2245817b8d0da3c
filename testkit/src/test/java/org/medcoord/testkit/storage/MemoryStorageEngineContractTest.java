package org.medcoord.testkit.storage;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageEngine;
import org.medcoord.core.spi.storage.StorageSettings;

/** Runs the storage contract on core's in-memory engine; it has no shared store, so no second engine. */
@DisplayName("The in-memory storage engine")
class MemoryStorageEngineContractTest extends StorageEngineContract {

    @Override
    protected StorageEngine openEngine() {
        return InMemoryStorage.provider().open(StorageSettings.of(Map.of()));
    }
}
