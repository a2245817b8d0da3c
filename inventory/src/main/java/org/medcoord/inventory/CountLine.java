package org.medcoord.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * One lot of one item on a count sheet, in base units.
 *
 * @param item     the item
 * @param lot      the lot
 * @param expected what the books held when the sheet was opened
 * @param counted  what was counted, once counted
 * @since 0.1.0
 */
public record CountLine(ItemId item, LotId lot, long expected, Optional<Long> counted) {
    public CountLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(counted, "counted");
    }

    /** @return counted minus expected, 0 until counted */
    public long variance() {
        return counted.map(c -> c - expected).orElse(0L);
    }
}
