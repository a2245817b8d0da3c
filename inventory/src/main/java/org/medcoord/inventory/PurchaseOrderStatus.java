package org.medcoord.inventory;

/**
 * Where a purchase order is in its life: {@code DRAFT -> ORDERED -> PARTIALLY_RECEIVED -> RECEIVED -> CLOSED}.
 * An order may be closed from any other status (an abandoned draft, a short shipment the supplier will
 * not complete); whatever it still lacks then stops counting as on order.
 *
 * @since 0.1.0
 */
public enum PurchaseOrderStatus {
    /** Being prepared; lines may still change; not on order. */
    DRAFT,
    /** Sent to the supplier; its lines count as on order. */
    ORDERED,
    /** Some lines arrived; the rest counts as on order. */
    PARTIALLY_RECEIVED,
    /** Every line arrived in full. */
    RECEIVED,
    /** Finished; nothing more is expected. */
    CLOSED;

    /** @return true while the order's outstanding quantities count as on order */
    public boolean open() {
        return this == ORDERED || this == PARTIALLY_RECEIVED;
    }
}
