package org.medcoord.inventory.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.data.DataStore;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.CycleCountService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.KitService;
import org.medcoord.inventory.PurchaseOrderService;
import org.medcoord.inventory.RecallService;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.StockService;

/**
 * The implementation's bindings, installed by {@link org.medcoord.inventory.InventoryModule}. Public only
 * because that module lives in the API package; the classes it binds stay package-private.
 */
public final class InventoryBindings extends AbstractModule {

    @Provides
    @Singleton
    CatalogService catalog(DataStore data, Clock clock, CodeValidator codes) {
        return new DefaultCatalogService(data, clock, codes);
    }

    @Provides
    @Singleton
    StockService stock(DataStore data, Clock clock) {
        return new DefaultStockService(data, clock);
    }

    @Provides
    @Singleton
    KitService kits(DataStore data, Clock clock) {
        return new DefaultKitService(data, clock);
    }

    @Provides
    @Singleton
    RecallService recalls(DataStore data, Clock clock) {
        return new DefaultRecallService(data, clock);
    }

    @Provides
    @Singleton
    ReorderService reorder(DataStore data) {
        return new DefaultReorderService(data);
    }

    @Provides
    @Singleton
    PurchaseOrderService orders(DataStore data, Clock clock) {
        return new DefaultPurchaseOrderService(data, clock);
    }

    @Provides
    @Singleton
    EquipmentService equipment(DataStore data, Clock clock) {
        return new DefaultEquipmentService(data, clock);
    }

    @Provides
    @Singleton
    CycleCountService counts(DataStore data, Clock clock) {
        return new DefaultCycleCountService(data, clock);
    }

    @Override
    public boolean equals(Object other) {
        // Guice de-duplicates equal modules, so installing the feature twice binds once.
        return other instanceof InventoryBindings;
    }

    @Override
    public int hashCode() {
        return InventoryBindings.class.hashCode();
    }
}
