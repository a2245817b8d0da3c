package org.medcoord.testkit.records;

import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** The records contract on the in-memory engine. */
class MemoryRecordsContractTest extends RecordsContract {
    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }
}
