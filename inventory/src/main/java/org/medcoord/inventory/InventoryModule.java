package org.medcoord.inventory;

import com.google.inject.AbstractModule;
import org.medcoord.inventory.internal.InventoryBindings;

/**
 * Binds the inventory services: {@link CatalogService}, {@link StockService}, {@link KitService},
 * {@link RecallService}, {@link ReorderService}, {@link PurchaseOrderService},
 * {@link CycleCountService} and {@link EquipmentService}. {@code MedCoord.builder()} installs it on its own when
 * {@code medcoord-inventory} is on the classpath; install it yourself only when discovery is turned off.
 * Needs core's bindings ({@code DataStore}, {@code Clock}, {@code CodeValidator}).
 *
 * @since 0.1.0
 */
public final class InventoryModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new InventoryBindings());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InventoryModule;
    }

    @Override
    public int hashCode() {
        return InventoryModule.class.hashCode();
    }
}
