package org.medcoord.testkit.billing;

import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** Runs the billing contract on core's in-memory engine. */
class MemoryBillingContractTest extends BillingContract {

    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }
}
