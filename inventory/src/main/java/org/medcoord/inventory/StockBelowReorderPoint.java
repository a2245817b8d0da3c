package org.medcoord.inventory;

import java.util.Objects;
import org.medcoord.core.event.DomainEvent;

/**
 * Usable stock of an item at a location fell below its reorder point (published once per crossing, not on
 * every consumption below it).
 *
 * @param item         the item
 * @param location     the location
 * @param usableOnHand usable stock after the movement, in base units
 * @param reorderPoint the par level's reorder point
 * @since 0.1.0
 */
public record StockBelowReorderPoint(ItemId item, LocationId location, long usableOnHand, long reorderPoint) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.stock-below-reorder-point";

    public StockBelowReorderPoint {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
