package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.MovementType;
import org.medcoord.inventory.NewPurchaseOrder;
import org.medcoord.inventory.OrderLine;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.PurchaseOrderId;
import org.medcoord.inventory.PurchaseOrderService;
import org.medcoord.inventory.PurchaseOrderStatus;
import org.medcoord.inventory.ReceivedLine;
import org.medcoord.inventory.ReorderSuggestion;

/**
 * Purchase orders on the data layer. Every change locks the order first, then (for deliveries) the stock
 * pairs and lot numbers in sorted order; nothing else locks orders, so the lock order is always the same.
 */
final class DefaultPurchaseOrderService implements PurchaseOrderService {

    private final DataStore data;
    private final Clock clock;

    DefaultPurchaseOrderService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public PurchaseOrder draft(AccessContext context, NewPurchaseOrder order) {
        return data.inTransaction(context, session -> {
            PurchaseOrderId id = PurchaseOrderId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "order.draft", "inv-po/" + id);
            Location location = StockBook.location(session, order.deliverTo());
            String supplier = order.supplier() == null ? "" : order.supplier().strip();
            Violations violations = new Violations();
            violations.addIf(supplier.isEmpty(), "supplier", Codes.SUPPLIER_REQUIRED, "name the supplier the order goes to");
            violations.addIf(order.lines().isEmpty(), "lines", Codes.ORDER_EMPTY, "an order has at least one line");
            List<OrderLine> lines = new ArrayList<>();
            Set<ItemId> seen = new HashSet<>();
            for (int i = 0; i < order.lines().size(); i++) {
                NewPurchaseOrder.NewOrderLine line = order.lines().get(i);
                String field = "lines[" + i + "]";
                violations.addIf(!seen.add(line.item()), field + ".item", Codes.DUPLICATE_ITEM,
                        "item " + line.item() + " is listed twice; order each item on one line");
                Optional<Item> item = session.find(Documents.ITEM, line.item().asString()).map(Versioned::value);
                if (item.isEmpty()) {
                    violations.add(field + ".item", Codes.ITEM_UNKNOWN, "item " + line.item() + " is not in the catalog; define it first");
                    continue;
                }
                lines.add(new OrderLine(line.item(), StockBook.toBase(item.get(), line.quantity(), field + ".quantity", violations), 0));
            }
            violations.throwIfAny();
            return insert(session, id, supplier, location.id(), lines);
        });
    }

    private PurchaseOrder insert(DataSession session, PurchaseOrderId id, String supplier, LocationId location, List<OrderLine> lines) {
        PurchaseOrder order = new PurchaseOrder(id, supplier, location, PurchaseOrderStatus.DRAFT, lines, session.now(), Optional.empty());
        session.insert(Documents.PURCHASE_ORDER, id.asString(), order);
        return order;
    }

    @Override
    public PurchaseOrder draftFromSuggestions(AccessContext context, LocationId locationId, String supplier) {
        String name = supplier == null ? "" : supplier.strip();
        new Violations().addIf(name.isEmpty(), "supplier", Codes.SUPPLIER_REQUIRED, "name the supplier the order goes to").throwIfAny();
        return data.inTransaction(context, session -> {
            PurchaseOrderId id = PurchaseOrderId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "order.draft-from-suggestions", "inv-po/" + id);
            Location location = StockBook.location(session, locationId);
            List<ReorderSuggestion> suggestions = DefaultReorderService.suggest(session, location);
            if (suggestions.isEmpty()) {
                throw new ConflictException(Codes.NOTHING_TO_ORDER, "nothing at location " + location.id()
                        + " is below its reorder point counting what is on order; set par levels or draft the order by hand");
            }
            return insert(session, id, name, location.id(),
                    suggestions.stream().map(s -> new OrderLine(s.item(), s.suggested(), 0)).toList());
        });
    }

    @Override
    public PurchaseOrder submit(AccessContext context, PurchaseOrderId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "order.submit", "inv-po/" + id);
            Versioned<PurchaseOrder> current = locked(session, id);
            requireStatus(current.value(), PurchaseOrderStatus.DRAFT);
            PurchaseOrder sent = new PurchaseOrder(id, current.value().supplier(), current.value().deliverTo(), PurchaseOrderStatus.ORDERED,
                    current.value().lines(), current.value().created(), Optional.of(session.now()));
            session.update(Documents.PURCHASE_ORDER, current.id(), current.version(), sent);
            return sent;
        });
    }

    @Override
    public Movement receive(AccessContext context, PurchaseOrderId id, List<ReceivedLine> delivered, String reason) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "order.receive", "inv-po/" + id);
            Versioned<PurchaseOrder> current = locked(session, id);
            PurchaseOrder order = current.value();
            requireStatus(order, PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED);
            LocalDate today = StockBook.today(session, StockBook.location(session, order.deliverTo()));
            Violations violations = new Violations();
            violations.addIf(delivered.isEmpty(), "lines", Codes.ORDER_EMPTY, "a delivery has at least one line");
            List<Receiving.Checked> checked = new ArrayList<>();
            for (int i = 0; i < delivered.size(); i++) {
                ReceivedLine line = delivered.get(i);
                String prefix = "lines[" + i + "].";
                if (order.lines().stream().noneMatch(l -> l.item().equals(line.item()))) {
                    violations.add(prefix + "item", Codes.NOT_ON_ORDER, "item " + line.item() + " is not on order " + id
                            + "; receive it with StockService.receive or add it to a new order");
                    continue;
                }
                Item item = StockBook.item(session, line.item());
                checked.add(Receiving.check(item, line.quantity(), line.lotNumber(), line.expires(), today, prefix, violations));
            }
            violations.throwIfAny();

            StockBook.lockPairs(session, checked.stream().map(c -> Documents.pairKey(c.item().id(), order.deliverTo())).distinct().toList());
            List<Lot> lots = Receiving.lots(session, clock, checked, "lines");
            List<StockBook.Line> lines = new ArrayList<>();
            Map<ItemId, Long> arrived = new LinkedHashMap<>();
            for (int i = 0; i < checked.size(); i++) {
                Receiving.Checked line = checked.get(i);
                lines.add(new StockBook.Line(line.item().id(), order.deliverTo(), lots.get(i), line.quantity()));
                arrived.merge(line.item().id(), line.quantity(), Long::sum);
            }
            Movement movement = StockBook.post(session, MovementId.next(clock), MovementType.RECEIVE, lines,
                    DefaultStockService.reasonOr(reason, "received against order " + id), StockBook.Link.NONE);
            List<OrderLine> updated = order.lines().stream()
                    .map(l -> new OrderLine(l.item(), l.ordered(), l.received() + arrived.getOrDefault(l.item(), 0L))).toList();
            boolean complete = updated.stream().allMatch(l -> l.outstanding() == 0);
            session.update(Documents.PURCHASE_ORDER, current.id(), current.version(), order.withLines(updated)
                    .withStatus(complete ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED));
            return movement;
        });
    }

    @Override
    public PurchaseOrder close(AccessContext context, PurchaseOrderId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "order.close", "inv-po/" + id);
            Versioned<PurchaseOrder> current = locked(session, id);
            requireStatus(current.value(), PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.ORDERED, PurchaseOrderStatus.PARTIALLY_RECEIVED,
                    PurchaseOrderStatus.RECEIVED);
            PurchaseOrder closed = current.value().withStatus(PurchaseOrderStatus.CLOSED);
            session.update(Documents.PURCHASE_ORDER, current.id(), current.version(), closed);
            return closed;
        });
    }

    @Override
    public PurchaseOrder order(AccessContext context, PurchaseOrderId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "order.read", "inv-po/" + id);
            return find(session, id).value();
        });
    }

    private static Versioned<PurchaseOrder> locked(DataSession session, PurchaseOrderId id) {
        session.lock(Documents.ORDER_LOCK, id.asString());
        return find(session, id);
    }

    private static Versioned<PurchaseOrder> find(DataSession session, PurchaseOrderId id) {
        return session.find(Documents.PURCHASE_ORDER, id.asString())
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "purchase order " + id + " was not found"));
    }

    private static void requireStatus(PurchaseOrder order, PurchaseOrderStatus... allowed) {
        if (!List.of(allowed).contains(order.status())) {
            throw new ConflictException(Codes.ORDER_STATUS, "purchase order " + order.id() + " is " + order.status()
                    + "; this step needs it to be one of " + List.of(allowed));
        }
    }
}
