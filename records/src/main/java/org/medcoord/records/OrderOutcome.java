package org.medcoord.records;

import java.util.List;
import java.util.Optional;

/**
 * The result of ordering a medication: the order, when placed; otherwise the warnings that stopped it
 * (nothing was stored). An order placed with acknowledged warnings carries them in {@code warnings} too.
 *
 * @param order    the placed order, or empty
 * @param warnings what the checks found
 * @since 0.1.0
 */
public record OrderOutcome(Optional<MedicationOrder> order, List<OrderWarning> warnings) {
    public OrderOutcome {
        warnings = List.copyOf(warnings);
    }

    /** @return true when the order was placed */
    public boolean placed() {
        return order.isPresent();
    }
}
