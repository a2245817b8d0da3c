package org.medcoord.inventory;

import java.util.Objects;

/**
 * Stock targets of one item at one location, in base units: {@code 0 <= minimum <= reorderPoint <= maximum},
 * maximum positive. When usable stock falls below the reorder point a {@link StockBelowReorderPoint}
 * event is published and {@link ReorderService} suggests ordering up to the maximum.
 *
 * @param item         the item
 * @param location     the location
 * @param minimum      the safety stock
 * @param reorderPoint the level below which to reorder
 * @param maximum      the level to order up to
 * @since 0.1.0
 */
public record ParLevel(ItemId item, LocationId location, long minimum, long reorderPoint, long maximum) {
    public ParLevel {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
    }
}
