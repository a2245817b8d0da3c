package org.medcoord.testkit.coordination;

import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** Runs the coordination contract on core's in-memory engine. */
class MemoryCoordinationContractTest extends CoordinationContract {

    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }
}
