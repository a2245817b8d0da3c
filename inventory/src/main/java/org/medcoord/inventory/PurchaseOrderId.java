package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a purchase order.
 *
 * @since 0.1.0
 */
public record PurchaseOrderId(UUID value) implements TypedId {
    public PurchaseOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static PurchaseOrderId next(Clock clock) {
        return new PurchaseOrderId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static PurchaseOrderId parse(String text) {
        return new PurchaseOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
