package org.medcoord.inventory;

import java.util.List;

/**
 * Drafts a purchase order. Checked by {@link PurchaseOrderService#draft}: a supplier, at least one line,
 * each a known item with a positive quantity in a unit it knows, no item twice.
 *
 * @param supplier  the supplier
 * @param deliverTo the receiving location
 * @param lines     item and quantity per line
 * @since 0.1.0
 */
public record NewPurchaseOrder(String supplier, LocationId deliverTo, List<NewOrderLine> lines) {
    public NewPurchaseOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One requested line. */
    public record NewOrderLine(ItemId item, Quantity quantity) {
        public NewOrderLine {
            java.util.Objects.requireNonNull(item, "item");
            java.util.Objects.requireNonNull(quantity, "quantity");
        }
    }
}
