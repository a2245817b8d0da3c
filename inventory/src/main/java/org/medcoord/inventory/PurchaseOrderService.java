package org.medcoord.inventory;

import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Purchase orders: drafted by hand or from reorder suggestions, sent, received (each delivery is a ledger
 * receipt with its lots) and closed. Open orders count as on order in {@link ReorderService}. Errors as in
 * {@link StockService}; a transition the status does not allow is a {@link org.medcoord.core.ConflictException}
 * {@code MC-INV-106}. Thread-safe.
 *
 * @since 0.1.0
 */
public interface PurchaseOrderService {

    /** Drafts an order. */
    PurchaseOrder draft(AccessContext context, NewPurchaseOrder order);

    /**
     * Drafts an order for everything {@link ReorderService#suggestions} proposes at the location.
     *
     * @throws org.medcoord.core.ConflictException {@code MC-INV-107} when nothing needs ordering
     */
    PurchaseOrder draftFromSuggestions(AccessContext context, LocationId location, String supplier);

    /** Marks a draft as sent to the supplier: {@code DRAFT -> ORDERED}. */
    PurchaseOrder submit(AccessContext context, PurchaseOrderId id);

    /**
     * Records a delivery: one ledger receipt per line at the order's location, in one movement, and the
     * order moves to PARTIALLY_RECEIVED or RECEIVED.
     */
    Movement receive(AccessContext context, PurchaseOrderId id, List<ReceivedLine> lines, String reason);

    /** Closes an order in any status but CLOSED (a draft is abandoned, a short shipment written off): nothing more is expected. */
    PurchaseOrder close(AccessContext context, PurchaseOrderId id);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    PurchaseOrder order(AccessContext context, PurchaseOrderId id);
}
