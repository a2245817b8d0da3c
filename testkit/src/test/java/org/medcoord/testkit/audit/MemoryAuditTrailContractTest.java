package org.medcoord.testkit.audit;

import org.medcoord.core.InMemoryStorage;
import org.medcoord.core.spi.storage.StorageProvider;

/** The audit trail contract on the in-memory engine. */
class MemoryAuditTrailContractTest extends AuditTrailContract {
    @Override
    protected StorageProvider storageProvider() {
        return InMemoryStorage.provider();
    }
}
