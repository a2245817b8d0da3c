package org.medcoord.inventory;

import java.util.Objects;

/**
 * Opens a recall of one lot of one item.
 *
 * @param item      the item
 * @param lotNumber the lot number as the manufacturer's notice prints it
 * @param reason    the notice's reference or the clinic's reason
 * @since 0.1.0
 */
public record OpenRecall(ItemId item, String lotNumber, String reason) {
    public OpenRecall {
        Objects.requireNonNull(item, "item");
        lotNumber = lotNumber == null ? "" : lotNumber.strip();
        reason = reason == null ? "" : reason.strip();
    }
}
