package org.medcoord.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order to a supplier for delivery to one location.
 *
 * @param id        its id
 * @param supplier  the supplier's name or account, as the clinic knows it
 * @param deliverTo the location the goods are received at
 * @param status    where it is in its life
 * @param lines     one line per item
 * @param created   when it was drafted
 * @param ordered   when it was sent, once it was
 * @since 0.1.0
 */
public record PurchaseOrder(PurchaseOrderId id, String supplier, LocationId deliverTo, PurchaseOrderStatus status,
                            List<OrderLine> lines, Instant created, Optional<Instant> ordered) {
    public PurchaseOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(deliverTo, "deliverTo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(ordered, "ordered");
        lines = List.copyOf(lines);
    }

    /** @return what is still expected of {@code item}, 0 unless the order is open */
    public long outstanding(ItemId item) {
        return status.open() ? lines.stream().filter(l -> l.item().equals(item)).mapToLong(OrderLine::outstanding).sum() : 0;
    }

    /** @return a copy in {@code next} status */
    public PurchaseOrder withStatus(PurchaseOrderStatus next) {
        return new PurchaseOrder(id, supplier, deliverTo, next, lines, created, ordered);
    }

    /** @return a copy with {@code next} lines */
    public PurchaseOrder withLines(List<OrderLine> next) {
        return new PurchaseOrder(id, supplier, deliverTo, status, next, created, ordered);
    }
}
