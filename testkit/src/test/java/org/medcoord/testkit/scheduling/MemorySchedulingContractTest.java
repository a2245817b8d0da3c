package org.medcoord.testkit.scheduling;

import java.util.Map;
import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** The scheduling contract on core's in-memory engine. */
class MemorySchedulingContractTest extends SchedulingContract {

    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }

    @Override
    protected Map<String, String> storageSettings() {
        return Map.of();
    }
}
