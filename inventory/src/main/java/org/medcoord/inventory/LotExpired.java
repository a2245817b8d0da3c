package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.Objects;
import org.medcoord.core.event.DomainEvent;

/**
 * A lot passed its expiry date and was marked {@link LotStatus#EXPIRED}.
 *
 * @param item    the item
 * @param lot     the lot
 * @param expired its expiry date (the last day it could be used)
 * @since 0.1.0
 */
public record LotExpired(ItemId item, LotId lot, LocalDate expired) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "inventory.lot-expired";

    public LotExpired {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(expired, "expired");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
