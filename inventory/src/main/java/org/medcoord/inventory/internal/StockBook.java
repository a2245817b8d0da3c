package org.medcoord.inventory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.Action;
import org.medcoord.core.access.DataCategory;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.MovementType;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.StockBalance;
import org.medcoord.inventory.StockBelowReorderPoint;

/**
 * The shared mechanics of every stock operation, used inside one {@link DataSession}: lookups, unit
 * conversion, FEFO picking and posting ledger lines. Callers lock the (item, location) pairs they touch
 * with {@link #lockPairs} before reading any balance, so that what they read cannot change before they
 * write. Stateless and thread-safe.
 */
final class StockBook {

    private static final int PAGE = 500;
    private static final int PICK_PAGE = 50;

    /** One planned change of one lot at one location. */
    record Line(ItemId item, LocationId location, Lot lot, long delta) {
    }

    /** What patient, encounter and kit a movement is linked to. */
    record Link(Optional<PatientId> patient, Optional<UUID> encounter, Optional<KitId> kit) {
        static final Link NONE = new Link(Optional.empty(), Optional.empty(), Optional.empty());
    }

    static void authorize(DataSession session, Action action, Optional<PatientId> patient, String operation, String subject) {
        session.authorize(action, DataCategory.INVENTORY, patient, "inventory." + operation, subject);
    }

    static Item item(DataSession session, ItemId id) {
        return session.find(Documents.ITEM, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "item " + id + " was not found; define it with CatalogService.defineItem first"));
    }

    static Location location(DataSession session, LocationId id) {
        return session.find(Documents.LOCATION, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "location " + id + " was not found; define it with CatalogService.defineLocation first"));
    }

    static Lot lot(DataSession session, LotId id) {
        return session.find(Documents.LOT, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "lot " + id + " was not found; lots are created by their first receipt"));
    }

    /** @return the quantity in base units, or 0 after recording every problem with it */
    static long toBase(Item item, Quantity quantity, String field, Violations violations) {
        Optional<Long> per = item.baseUnitsPer(quantity.unit());
        if (per.isEmpty()) {
            violations.add(field + ".unit", Codes.UNKNOWN_UNIT, "item " + item.id() + " is counted in '" + item.baseUnit()
                    + "'" + (item.packUnits().isEmpty() ? "" : " or " + new java.util.TreeSet<>(item.packUnits().keySet()))
                    + "; use one of those units");
        }
        if (quantity.amount() <= 0) {
            violations.add(field + ".amount", Codes.QUANTITY_NOT_POSITIVE, "a quantity must be a positive whole number");
        }
        if (per.isEmpty() || quantity.amount() <= 0) {
            return 0;
        }
        try {
            return Math.multiplyExact(quantity.amount(), per.get());
        } catch (ArithmeticException e) {
            violations.add(field + ".amount", Codes.QUANTITY_TOO_LARGE, "the quantity does not fit in a 64-bit count of base units");
            return 0;
        }
    }

    static LocalDate today(DataSession session, Location location) {
        return LocalDate.ofInstant(session.now(), location.zone());
    }

    /** Locks (item, location) pairs in canonical order, so that concurrent movements cannot deadlock. */
    static void lockPairs(DataSession session, List<String> pairKeys) {
        session.lockAll(Documents.STOCK_LOCK, pairKeys);
    }

    /** @return the balances of an item at a location with stock on hand, earliest expiry first (undated last) */
    static List<Balance> stocked(DataSession session, ItemId item, LocationId location) {
        List<Balance> found = new ArrayList<>();
        Map<LotId, Lot> lots = new HashMap<>();
        Criteria criteria = Criteria.all().eq("stocked", Documents.pairKey(item, location)).orderBy("expires", true).limit(PAGE);
        while (true) {
            ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
            for (Versioned<Documents.Balance> b : page.items()) {
                found.add(new Balance(b.value(), lots.computeIfAbsent(b.value().lot(), id -> lot(session, id))));
            }
            if (page.nextPageToken().isEmpty()) {
                break;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
        // Engines break ties in the order field differently; make the order fully deterministic.
        found.sort(Comparator.comparing((Balance b) -> b.stored().expiresKey()).thenComparing(b -> b.lot().id().value()));
        return found;
    }

    /** A stored balance with its lot. */
    record Balance(Documents.Balance stored, Lot lot) {
        long onHand() {
            return stored.onHand();
        }

        StockBalance view() {
            return new StockBalance(stored.item(), stored.location(), lot, stored.onHand());
        }
    }

    static long usable(List<Balance> balances, LocalDate today) {
        return balances.stream().filter(b -> b.lot().usableOn(today)).mapToLong(Balance::onHand).sum();
    }

    /**
     * Picks {@code wanted} base units first-expiry-first-out from usable lots, reading balances a page at a
     * time in expiry order and stopping as soon as it has enough, so a pick costs what it takes rather than
     * the number of lots on hand.
     *
     * @return the lines (negative deltas), or empty when usable stock is short
     */
    static Optional<List<Line>> pickFefo(DataSession session, ItemId item, LocationId location, LocalDate today, long wanted) {
        List<Line> lines = new ArrayList<>();
        long remaining = wanted;
        Criteria criteria = Criteria.all().eq("stocked", Documents.pairKey(item, location)).orderBy("expires", true).limit(PICK_PAGE);
        while (remaining > 0) {
            ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
            for (Versioned<Documents.Balance> b : page.items()) {
                Lot lot = lot(session, b.value().lot());
                if (!lot.usableOn(today) || b.value().onHand() <= 0) {
                    continue;
                }
                long take = Math.min(remaining, b.value().onHand());
                lines.add(new Line(item, location, lot, -take));
                remaining -= take;
                if (remaining == 0) {
                    break;
                }
            }
            if (remaining == 0 || page.nextPageToken().isEmpty()) {
                break;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
        return remaining == 0 ? Optional.of(lines) : Optional.empty();
    }

    /** @return usable stock of an item at a location: available lots not past expiry there */
    static long usableOnHand(DataSession session, ItemId item, LocationId location, LocalDate today) {
        return usable(stocked(session, item, location), today);
    }

    /** @return what one lot holds at one location, read directly by its key */
    static long onHand(DataSession session, ItemId item, LocationId location, LotId lot) {
        return session.find(Documents.BALANCE, Documents.balanceId(item, location, lot)).map(v -> v.value().onHand()).orElse(0L);
    }

    static ConflictException insufficient(ItemId item, LocationId location, long available, long wanted, String what) {
        return new ConflictException(Codes.INSUFFICIENT_STOCK, "item " + item + " at location " + location + " has " + available
                + " " + what + " base units on hand, " + wanted + " requested; receive or transfer stock first, or use less");
    }

    static ConflictException notUsable(Lot lot, LocalDate today) {
        String why = lot.status().usable() ? "past its expiry date " + lot.expires().map(LocalDate::toString).orElse("") + " on " + today
                : lot.status().name();
        return new ConflictException(Codes.LOT_NOT_USABLE, "lot " + lot.id() + " of item " + lot.item() + " is " + why
                + " and cannot be used; choose another lot or leave the lot out to pick first-expiry-first-out");
    }

    /**
     * Writes the lines: updates each balance and appends one ledger entry per line. Lines are posted in
     * item order so that concurrent movements append to the per-item ledger streams in the same order.
     *
     * @throws ConflictException {@code MC-INV-101} if a line would take a balance below zero (callers check
     *         first; this is the last guard, and it throws before anything is written for that line)
     */
    static Movement post(DataSession session, MovementId id, MovementType type, List<Line> lines, String reason, Link link) {
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing((Line l) -> l.item().value()));
        List<LedgerEntry> entries = new ArrayList<>(ordered.size());
        for (Line line : ordered) {
            String balanceId = Documents.balanceId(line.item(), line.location(), line.lot().id());
            Optional<Versioned<Documents.Balance>> current = session.find(Documents.BALANCE, balanceId);
            long before = current.map(v -> v.value().onHand()).orElse(0L);
            long next;
            try {
                next = Math.addExact(before, line.delta());
            } catch (ArithmeticException e) {
                throw new ConflictException(Codes.QUANTITY_TOO_LARGE, "stock of item " + line.item() + " at location " + line.location()
                        + " would overflow a 64-bit count; split the movement");
            }
            if (next < 0) {
                throw insufficient(line.item(), line.location(), before, -line.delta(), "lot " + line.lot().id());
            }
            if (current.isPresent()) {
                session.update(Documents.BALANCE, balanceId, current.get().version(), current.get().value().withOnHand(next));
            } else {
                session.insert(Documents.BALANCE, balanceId, new Documents.Balance(line.item(), line.location(), line.lot().id(),
                        Documents.expiresKey(line.lot()), next));
            }
            LedgerEntry entry = new LedgerEntry(id, type, line.item(), line.location(), line.lot().id(), line.delta(), next, reason,
                    session.context().principal().userId(), session.now(), link.patient(), link.encounter(), link.kit());
            session.append(Documents.LEDGER, line.item().asString(), entry);
            entries.add(entry);
        }
        return new Movement(id, type, entries);
    }

    /**
     * Call after posting. When the item has a par level at the location and {@code usableChange} (the
     * movement's effect on usable stock) just took usable stock from at-or-above to below the reorder
     * point, returns the event to publish. Items without a par level cost one key lookup.
     */
    static Optional<DomainEvent> reorderCheck(DataSession session, ItemId item, LocationId location, LocalDate today, long usableChange) {
        if (usableChange >= 0) {
            return Optional.empty();
        }
        Optional<ParLevel> par = session.find(Documents.PAR, Documents.pairKey(item, location)).map(Versioned::value);
        if (par.isEmpty()) {
            return Optional.empty();
        }
        long after = usableOnHand(session, item, location, today);
        long before = after - usableChange;
        return par.filter(p -> before >= p.reorderPoint() && after < p.reorderPoint())
                .map(p -> new StockBelowReorderPoint(item, location, after, p.reorderPoint()));
    }

    private StockBook() {
    }
}
