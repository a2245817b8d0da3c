package org.medcoord.testkit.inventory;

import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** Runs the inventory contract on core's in-memory engine. */
class MemoryInventoryContractTest extends InventoryContract {

    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }
}
