package org.medcoord.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recall: the lot is {@link LotStatus#RECALLED} everywhere, so none of its stock can be consumed.
 *
 * @param id          its id
 * @param item        the item
 * @param lot         the recalled lot
 * @param reason      why
 * @param openedBy    who opened it
 * @param opened      when
 * @param quarantined the stock of the lot on hand at each location when the recall was opened
 * @since 0.1.0
 */
public record Recall(RecallId id, ItemId item, LotId lot, String reason, String openedBy, Instant opened,
                     List<StockBalance> quarantined) {
    public Recall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(opened, "opened");
        quarantined = List.copyOf(quarantined);
    }
}
