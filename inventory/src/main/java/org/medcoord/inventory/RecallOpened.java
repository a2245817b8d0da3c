package org.medcoord.inventory;

import java.util.Objects;
import org.medcoord.core.event.DomainEvent;

/**
 * A recall was opened: the lot's stock is quarantined everywhere.
 *
 * @param recall the recall
 * @param item   the item
 * @param lot    the lot
 * @since 0.1.0
 */
public record RecallOpened(RecallId recall, ItemId item, LotId lot) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.recall-opened";

    public RecallOpened {
        Objects.requireNonNull(recall, "recall");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
