package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A manufacturer's lot of one item. Items that are not lot-tracked keep their stock in one lot of their
 * own whose number is {@link #UNTRACKED} and which never expires.
 *
 * @param id        its id
 * @param item      the item
 * @param lotNumber the number printed on the packaging, unique per item
 * @param expires   the last day it may be used, when it expires
 * @param status    whether it may be used
 * @since 0.1.0
 */
public record Lot(LotId id, ItemId item, String lotNumber, Optional<LocalDate> expires, LotStatus status) {

    /** The lot number of the single lot of an item that is not lot-tracked. */
    public static final String UNTRACKED = "(untracked)";

    public Lot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
    }

    /** @return a copy in {@code next} status */
    public Lot withStatus(LotStatus next) {
        return new Lot(id, item, lotNumber, expires, next);
    }

    /** @return true when the lot is available and, on {@code today}, not past its expiry date */
    public boolean usableOn(LocalDate today) {
        return status.usable() && expires.map(last -> !today.isAfter(last)).orElse(true);
    }
}
