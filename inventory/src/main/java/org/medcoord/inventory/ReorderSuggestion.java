package org.medcoord.inventory;

import java.util.Objects;

/**
 * A suggestion to order an item for a location, in base units: made when usable stock plus what is on
 * order is below the reorder point.
 *
 * @param item         the item
 * @param location     the location
 * @param usableOnHand stock on hand that may be used (available lots, not past expiry)
 * @param onOrder      outstanding quantities of open purchase orders for the location
 * @param reorderPoint the par level's reorder point
 * @param maximum      the par level's maximum
 * @param belowMinimum whether usable stock is under the safety stock (urgent)
 * @param suggested    how much to order: {@code maximum - usableOnHand - onOrder}
 * @since 0.1.0
 */
public record ReorderSuggestion(ItemId item, LocationId location, long usableOnHand, long onOrder, long reorderPoint, long maximum,
                                boolean belowMinimum, long suggested) {
    public ReorderSuggestion {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
    }
}
