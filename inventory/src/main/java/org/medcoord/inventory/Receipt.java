package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Stock arriving at a location. Checked by {@link StockService#receive}: a positive quantity in a unit the
 * item knows; a lot number for a lot-tracked item (and none for others); an expiry date when the item
 * requires one; the same expiry as earlier receipts of the same lot.
 *
 * @param item      the item
 * @param location  where it arrives
 * @param quantity  how much
 * @param lotNumber the manufacturer's lot number, for lot-tracked items
 * @param expires   the last day of use printed on the packaging
 * @param reason    a note for the ledger, such as a delivery note number
 * @since 0.1.0
 */
public record Receipt(ItemId item, LocationId location, Quantity quantity, Optional<String> lotNumber,
                      Optional<LocalDate> expires, String reason) {
    public Receipt {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(expires, "expires");
        reason = reason == null ? "" : reason.strip();
    }

    /** @return a receipt of a lot with an expiry date */
    public static Receipt ofLot(ItemId item, LocationId location, Quantity quantity, String lotNumber, LocalDate expires) {
        return new Receipt(item, location, quantity, Optional.of(lotNumber), Optional.of(expires), "received");
    }

    /** @return a receipt of an item that is not lot-tracked */
    public static Receipt untracked(ItemId item, LocationId location, Quantity quantity) {
        return new Receipt(item, location, quantity, Optional.empty(), Optional.empty(), "received");
    }
}
