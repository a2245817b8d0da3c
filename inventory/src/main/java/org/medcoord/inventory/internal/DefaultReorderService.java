package org.medcoord.inventory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.OrderLine;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.ReorderSuggestion;

/** Suggestions from par levels, usable stock and open purchase orders. */
final class DefaultReorderService implements ReorderService {

    private static final int PAGE = 500;

    private final DataStore data;

    DefaultReorderService(DataStore data) {
        this.data = data;
    }

    @Override
    public List<ReorderSuggestion> suggestions(AccessContext context, LocationId locationId) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "reorder.suggestions", "inv-location/" + locationId);
            return suggest(session, StockBook.location(session, locationId));
        });
    }

    /** @return the suggestions for a location, urgent (below minimum) first, then by item */
    static List<ReorderSuggestion> suggest(DataSession session, Location location) {
        LocalDate today = StockBook.today(session, location);
        Map<ItemId, Long> onOrder = onOrder(session, location.id());
        Map<ItemId, Long> usableByItem = usableByItem(session, location.id(), today);
        List<ReorderSuggestion> suggestions = new ArrayList<>();
        Criteria criteria = Criteria.all().eq("location", location.id().asString()).limit(PAGE);
        while (true) {
            ResultPage<Versioned<ParLevel>> page = session.query(Documents.PAR, criteria);
            for (Versioned<ParLevel> v : page.items()) {
                ParLevel par = v.value();
                long usable = usableByItem.getOrDefault(par.item(), 0L);
                long ordered = onOrder.getOrDefault(par.item(), 0L);
                if (usable + ordered < par.reorderPoint()) {
                    suggestions.add(new ReorderSuggestion(par.item(), location.id(), usable, ordered, par.reorderPoint(), par.maximum(),
                            usable < par.minimum(), par.maximum() - usable - ordered));
                }
            }
            if (page.nextPageToken().isEmpty()) {
                break;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
        suggestions.sort(Comparator.comparing(ReorderSuggestion::belowMinimum).reversed().thenComparing(s -> s.item().value()));
        return suggestions;
    }

    /** @return usable stock per item at the location, from one pass over its balances (each lot read once) */
    static Map<ItemId, Long> usableByItem(DataSession session, LocationId location, LocalDate today) {
        Map<ItemId, Long> usable = new HashMap<>();
        Map<LotId, Lot> lots = new HashMap<>();
        Criteria criteria = Criteria.all().eq("stockedAt", location.asString()).limit(PAGE);
        while (true) {
            ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
            for (Versioned<Documents.Balance> v : page.items()) {
                Documents.Balance balance = v.value();
                Lot lot = lots.computeIfAbsent(balance.lot(), id -> StockBook.lot(session, id));
                if (lot.usableOn(today)) {
                    usable.merge(balance.item(), balance.onHand(), Long::sum);
                }
            }
            if (page.nextPageToken().isEmpty()) {
                return usable;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
    }

    /** @return outstanding quantities of the open purchase orders delivering to {@code location}, per item */
    static Map<ItemId, Long> onOrder(DataSession session, LocationId location) {
        Map<ItemId, Long> outstanding = new HashMap<>();
        Criteria criteria = Criteria.all().eq("openAt", location.asString()).limit(PAGE);
        while (true) {
            ResultPage<Versioned<PurchaseOrder>> page = session.query(Documents.PURCHASE_ORDER, criteria);
            for (Versioned<PurchaseOrder> order : page.items()) {
                for (OrderLine line : order.value().lines()) {
                    outstanding.merge(line.item(), line.outstanding(), Long::sum);
                }
            }
            if (page.nextPageToken().isEmpty()) {
                return outstanding;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
    }
}
