package org.medcoord.inventory;

import java.time.LocalDate;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Stock by item, location and lot, kept by an append-only ledger. Each movement runs in one transaction:
 * it locks the (item, location) pairs it touches, reads, checks and writes, so stock never goes negative
 * however many threads or processes share the store. On failure nothing changes.
 *
 * <p>Errors: {@link org.medcoord.core.ValidationException} with {@code MC-INV-0NN} violations for bad
 * input; {@link org.medcoord.core.NotFoundException} {@code MC-INV-404} for unknown items, locations or
 * lots; {@link org.medcoord.core.ConflictException} {@code MC-INV-101} (not enough stock) and
 * {@code MC-INV-102} (the lot may not be used). Thread-safe.
 *
 * @since 0.1.0
 */
public interface StockService {

    /** Records stock arriving; creates the lot on its first receipt. */
    Movement receive(AccessContext context, Receipt receipt);

    /** Records stock used, FEFO unless a lot is chosen; audited against the patient when one is named. */
    Movement consume(AccessContext context, Consumption consumption);

    /** Moves stock between two locations. */
    Movement transfer(AccessContext context, Transfer transfer);

    /** Corrects the books after a count. */
    Movement adjust(AccessContext context, Adjustment adjustment);

    /** Records stock thrown away. */
    Movement waste(AccessContext context, Waste waste);

    /** Records unused stock coming back. */
    Movement returnToStock(AccessContext context, StockReturn stockReturn);

    /** @return everything on hand of an item at a location, in base units, whatever the lots' status */
    long onHand(AccessContext context, ItemId item, LocationId location);

    /** @return what may be used now: stock of available lots not past expiry at the location */
    long usableOnHand(AccessContext context, ItemId item, LocationId location);

    /** @return the item's lots on hand at the location, earliest expiry first */
    List<StockBalance> balances(AccessContext context, ItemId item, LocationId location);

    /** @throws org.medcoord.core.NotFoundException ({@code MC-INV-404}) when unknown */
    Lot lot(AccessContext context, LotId id);

    /**
     * Reads the item's ledger. Entries linked to a patient are audited as a read of that patient's data.
     *
     * @param fromSeq the first sequence number to read (1 for the start)
     * @param max     at most this many, 1 to 10,000
     * @return the item's ledger entries in the order they were written
     */
    List<LedgerEntry> ledger(AccessContext context, ItemId item, long fromSeq, int max);

    /** @return stock on hand at the location of usable lots whose expiry date falls within {@code days} days, earliest first */
    List<StockBalance> expiringWithin(AccessContext context, LocationId location, int days);

    /**
     * Marks every available lot whose expiry date is before {@code today} as {@link LotStatus#EXPIRED} and
     * publishes {@link LotExpired} for each. Picking never uses a lot past its expiry date even before this
     * runs; this makes the status visible and tells listeners. Call it daily.
     *
     * @return the lots it marked
     */
    List<Lot> expireLots(AccessContext context, LocalDate today);
}
