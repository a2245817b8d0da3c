package org.medcoord.inventory;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an equipment work order.
 *
 * @since 0.1.0
 */
public record WorkOrderId(UUID value) implements TypedId {
    public WorkOrderId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static WorkOrderId next(Clock clock) {
        return new WorkOrderId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static WorkOrderId parse(String text) {
        return new WorkOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
