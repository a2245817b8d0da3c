package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Logged;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.inventory.Adjustment;
import org.medcoord.inventory.Consumption;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotExpired;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.LotStatus;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.MovementType;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.StockBalance;
import org.medcoord.inventory.StockReturn;
import org.medcoord.inventory.StockService;
import org.medcoord.inventory.Transfer;
import org.medcoord.inventory.Waste;

/** The ledger-backed {@link StockService}. */
final class DefaultStockService implements StockService {

    private static final int MAX_DAYS = 3650;

    private final DataStore data;
    private final Clock clock;

    DefaultStockService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Movement receive(AccessContext context, Receipt receipt) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "stock.receive", "inv-item/" + receipt.item());
            Item item = StockBook.item(session, receipt.item());
            Location location = StockBook.location(session, receipt.location());
            Violations violations = new Violations();
            Receiving.Checked line = Receiving.check(item, receipt.quantity(), receipt.lotNumber(), receipt.expires(),
                    StockBook.today(session, location), "", violations);
            violations.throwIfAny();
            StockBook.lockPairs(session, List.of(Documents.pairKey(item.id(), location.id())));
            Lot lot = Receiving.lots(session, clock, List.of(line), "").get(0);
            return StockBook.post(session, MovementId.next(clock), MovementType.RECEIVE,
                    List.of(new StockBook.Line(item.id(), location.id(), lot, line.quantity())), reasonOr(receipt.reason(), "received"),
                    StockBook.Link.NONE);
        });
    }

    @Override
    public Movement consume(AccessContext context, Consumption consumption) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.CREATE, consumption.patient(), "stock.consume", "inv-item/" + consumption.item());
            Item item = StockBook.item(session, consumption.item());
            Location location = StockBook.location(session, consumption.location());
            Violations violations = new Violations();
            long quantity = StockBook.toBase(item, consumption.quantity(), "quantity", violations);
            violations.addIf(consumption.encounter().isPresent() && consumption.patient().isEmpty(), "encounter",
                    Codes.ENCOUNTER_WITHOUT_PATIENT, "an encounter is linked through its patient: give the patient too");
            Optional<Lot> chosen = consumption.lot().map(id -> StockBook.lot(session, id));
            chosen.ifPresent(lot -> checkLotOfItem(lot, item, violations));
            violations.throwIfAny();

            StockBook.lockPairs(session, List.of(Documents.pairKey(item.id(), location.id())));
            LocalDate today = StockBook.today(session, location);
            List<StockBook.Line> lines = chosen.isPresent()
                    ? List.of(fromChosenLot(session, chosen.get(), location.id(), quantity, today, true))
                    : StockBook.pickFefo(session, item.id(), location.id(), today, quantity)
                            .orElseThrow(() -> StockBook.insufficient(item.id(), location.id(),
                                    StockBook.usableOnHand(session, item.id(), location.id(), today), quantity, "usable"));
            StockBook.Link link = new StockBook.Link(consumption.patient(), consumption.encounter(), Optional.empty());
            Movement movement = StockBook.post(session, MovementId.next(clock), MovementType.CONSUME, lines,
                    reasonOr(consumption.reason(), "used"), link);
            consumption.patient().ifPresent(patient -> Dispenses.record(session, movement, patient, consumption.encounter(), location.id()));
            StockBook.reorderCheck(session, item.id(), location.id(), today, -quantity).ifPresent(session::publish);
            return movement;
        });
    }

    static void checkLotOfItem(Lot lot, Item item, Violations violations) {
        violations.addIf(!lot.item().equals(item.id()), "lot", Codes.LOT_OF_OTHER_ITEM,
                "lot " + lot.id() + " belongs to item " + lot.item() + ", not to item " + item.id() + "; choose a lot of this item");
    }

    /** The line that takes {@code quantity} from a lot the user chose, after checking it may be used and holds enough. */
    private static StockBook.Line fromChosenLot(DataSession session, Lot lot, LocationId location, long quantity,
                                                LocalDate today, boolean mustBeUsable) {
        if (mustBeUsable && !lot.usableOn(today)) {
            throw StockBook.notUsable(lot, today);
        }
        long onHand = StockBook.onHand(session, lot.item(), location, lot.id());
        if (onHand < quantity) {
            throw StockBook.insufficient(lot.item(), location, onHand, quantity, "lot " + lot.id());
        }
        return new StockBook.Line(lot.item(), location, lot, -quantity);
    }

    @Override
    public Movement transfer(AccessContext context, Transfer transfer) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "stock.transfer", "inv-item/" + transfer.item());
            Item item = StockBook.item(session, transfer.item());
            Location from = StockBook.location(session, transfer.from());
            Location to = StockBook.location(session, transfer.to());
            Violations violations = new Violations();
            long quantity = StockBook.toBase(item, transfer.quantity(), "quantity", violations);
            violations.addIf(from.id().equals(to.id()), "to", Codes.SAME_LOCATION, "a transfer needs two different locations");
            Optional<Lot> chosen = transfer.lot().map(id -> StockBook.lot(session, id));
            chosen.ifPresent(lot -> checkLotOfItem(lot, item, violations));
            violations.throwIfAny();

            StockBook.lockPairs(session, List.of(Documents.pairKey(item.id(), from.id()), Documents.pairKey(item.id(), to.id())));
            LocalDate today = StockBook.today(session, from);
            // A chosen lot moves whatever its status, so recalled or expired stock can go to a holding area.
            List<StockBook.Line> out = chosen.isPresent()
                    ? List.of(fromChosenLot(session, chosen.get(), from.id(), quantity, today, false))
                    : StockBook.pickFefo(session, item.id(), from.id(), today, quantity)
                            .orElseThrow(() -> StockBook.insufficient(item.id(), from.id(),
                                    StockBook.usableOnHand(session, item.id(), from.id(), today), quantity, "usable"));
            List<StockBook.Line> lines = new ArrayList<>(out);
            for (StockBook.Line line : out) {
                lines.add(new StockBook.Line(item.id(), to.id(), line.lot(), -line.delta()));
            }
            Movement movement = StockBook.post(session, MovementId.next(clock), MovementType.TRANSFER, lines,
                    reasonOr(transfer.reason(), "transferred"), StockBook.Link.NONE);
            long movedUsable = out.stream().filter(l -> l.lot().usableOn(today)).mapToLong(l -> -l.delta()).sum();
            StockBook.reorderCheck(session, item.id(), from.id(), today, -movedUsable).ifPresent(session::publish);
            return movement;
        });
    }

    @Override
    public Movement adjust(AccessContext context, Adjustment adjustment) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "stock.adjust", "inv-item/" + adjustment.item());
            Violations violations = new Violations();
            violations.addIf(adjustment.delta() == 0, "delta", Codes.DELTA_ZERO, "an adjustment changes stock: give a non-zero delta");
            violations.addIf(adjustment.reason().isEmpty(), "reason", Codes.REASON_REQUIRED, "say why the count differs from the books");
            return oneLot(session, adjustment.item(), adjustment.location(), adjustment.lot(), MovementType.ADJUST,
                    adjustment.delta(), adjustment.reason(), violations);
        });
    }

    @Override
    public Movement waste(AccessContext context, Waste waste) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "stock.waste", "inv-item/" + waste.item());
            Item item = StockBook.item(session, waste.item());
            Violations violations = new Violations();
            long quantity = StockBook.toBase(item, waste.quantity(), "quantity", violations);
            violations.addIf(waste.reason().isEmpty(), "reason", Codes.REASON_REQUIRED, "say why the stock was thrown away");
            return oneLot(session, waste.item(), waste.location(), waste.lot(), MovementType.WASTE, -quantity, waste.reason(), violations);
        });
    }

    @Override
    public Movement returnToStock(AccessContext context, StockReturn stockReturn) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "stock.return", "inv-item/" + stockReturn.item());
            Item item = StockBook.item(session, stockReturn.item());
            Violations violations = new Violations();
            long quantity = StockBook.toBase(item, stockReturn.quantity(), "quantity", violations);
            return oneLot(session, stockReturn.item(), stockReturn.location(), stockReturn.lot(), MovementType.RETURN, quantity,
                    reasonOr(stockReturn.reason(), "returned unused"), violations);
        });
    }

    /** A movement of one known lot at one location (adjust, waste, return); a negative result is refused. */
    private Movement oneLot(DataSession session, ItemId itemId, LocationId locationId, LotId lotId, MovementType type, long delta,
                            String reason, Violations violations) {
        Item item = StockBook.item(session, itemId);
        Location location = StockBook.location(session, locationId);
        Lot lot = StockBook.lot(session, lotId);
        checkLotOfItem(lot, item, violations);
        violations.throwIfAny();
        StockBook.lockPairs(session, List.of(Documents.pairKey(item.id(), location.id())));
        LocalDate today = StockBook.today(session, location);
        Movement movement = StockBook.post(session, MovementId.next(clock), type,
                List.of(new StockBook.Line(item.id(), location.id(), lot, delta)), reason, StockBook.Link.NONE);
        StockBook.reorderCheck(session, item.id(), location.id(), today, lot.usableOn(today) ? delta : 0).ifPresent(session::publish);
        return movement;
    }

    @Override
    public long onHand(AccessContext context, ItemId item, LocationId location) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.on-hand", "inv-item/" + item);
            StockBook.item(session, item);
            StockBook.location(session, location);
            return StockBook.stocked(session, item, location).stream().mapToLong(StockBook.Balance::onHand).sum();
        });
    }

    @Override
    public long usableOnHand(AccessContext context, ItemId item, LocationId location) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.on-hand", "inv-item/" + item);
            StockBook.item(session, item);
            Location at = StockBook.location(session, location);
            return StockBook.usable(StockBook.stocked(session, item, location), StockBook.today(session, at));
        });
    }

    @Override
    public List<StockBalance> balances(AccessContext context, ItemId item, LocationId location) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.balances", "inv-item/" + item);
            StockBook.item(session, item);
            StockBook.location(session, location);
            return StockBook.stocked(session, item, location).stream().map(StockBook.Balance::view).toList();
        });
    }

    @Override
    public Lot lot(AccessContext context, LotId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.lot", "inv-lot/" + id);
            return StockBook.lot(session, id);
        });
    }

    @Override
    public List<LedgerEntry> ledger(AccessContext context, ItemId item, long fromSeq, int max) {
        new Violations()
                .addIf(fromSeq < 1, "fromSeq", Codes.MAX_INVALID, "sequence numbers start at 1")
                .addIf(max < 1 || max > 10_000, "max", Codes.MAX_INVALID, "read 1 to 10,000 entries at a time")
                .throwIfAny();
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.ledger", "inv-item/" + item);
            StockBook.item(session, item);
            List<LedgerEntry> entries = session.read(Documents.LEDGER, item.asString(), fromSeq, max).stream().map(Logged::entry).toList();
            // Entries of consumptions for care name the patient: reading them discloses who received what, so each is audited.
            entries.stream().flatMap(e -> e.patient().stream()).distinct().forEach(patient ->
                    StockBook.authorize(session, Action.READ, Optional.of(patient), "stock.ledger", "inv-item/" + item));
            return entries;
        });
    }

    @Override
    public List<StockBalance> expiringWithin(AccessContext context, LocationId location, int days) {
        new Violations().addIf(days < 0 || days > MAX_DAYS, "days", Codes.DAYS_INVALID, "look 0 to " + MAX_DAYS + " days ahead").throwIfAny();
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "stock.expiring", "inv-location/" + location);
            Location at = StockBook.location(session, location);
            LocalDate today = StockBook.today(session, at);
            Criteria criteria = Criteria.all().eq("stockedAt", at.id().asString())
                    .between("expires", null, today.plusDays(days + 1L).toString()).orderBy("expires", true).limit(500);
            List<StockBalance> found = new ArrayList<>();
            while (true) {
                ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
                for (Versioned<Documents.Balance> b : page.items()) {
                    Lot lot = StockBook.lot(session, b.value().lot());
                    if (lot.usableOn(today)) {
                        found.add(new StockBalance(b.value().item(), b.value().location(), lot, b.value().onHand()));
                    }
                }
                if (page.nextPageToken().isEmpty()) {
                    return found;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
        });
    }

    @Override
    public List<Lot> expireLots(AccessContext context, LocalDate today) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "stock.expire-lots", "inv-lot");
            Criteria criteria = Criteria.all().eq("status", LotStatus.AVAILABLE.name()).between("expires", null, today.toString())
                    .orderBy("expires", true).limit(500);
            // Collect first: marking lots expired changes the very index this query pages through.
            List<Versioned<Lot>> due = new ArrayList<>();
            while (true) {
                ResultPage<Versioned<Lot>> page = session.query(Documents.LOT, criteria);
                due.addAll(page.items());
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
            List<Lot> marked = new ArrayList<>();
            List<DomainEvent> events = new ArrayList<>();
            for (Versioned<Lot> lot : due) {
                Lot expired = lot.value().withStatus(LotStatus.EXPIRED);
                session.update(Documents.LOT, lot.id(), lot.version(), expired);
                marked.add(expired);
                events.add(new LotExpired(expired.item(), expired.id(), expired.expires().orElseThrow()));
            }
            events.forEach(session::publish);
            return marked;
        });
    }

    static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason;
    }
}
