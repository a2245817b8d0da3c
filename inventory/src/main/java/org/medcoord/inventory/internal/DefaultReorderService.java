package org.medcoord.inventory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.ReorderService;
import org.medcoord.inventory.ReorderSuggestion;

/** Suggestions from par levels and usable stock. Purchase orders are not built yet, so nothing counts as on order. */
final class DefaultReorderService implements ReorderService {

    private final DataStore data;

    DefaultReorderService(DataStore data) {
        this.data = data;
    }

    @Override
    public List<ReorderSuggestion> suggestions(AccessContext context, LocationId locationId) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "reorder.suggestions", "inv-location/" + locationId);
            Location location = StockBook.location(session, locationId);
            LocalDate today = StockBook.today(session, location);
            List<ReorderSuggestion> suggestions = new ArrayList<>();
            Criteria criteria = Criteria.all().eq("location", location.id().asString()).limit(500);
            while (true) {
                ResultPage<Versioned<ParLevel>> page = session.query(Documents.PAR, criteria);
                for (Versioned<ParLevel> v : page.items()) {
                    ParLevel par = v.value();
                    long usable = StockBook.usable(StockBook.stocked(session, par.item(), location.id()), today);
                    if (usable < par.reorderPoint()) {
                        suggestions.add(new ReorderSuggestion(par.item(), location.id(), usable, par.reorderPoint(), par.maximum(),
                                usable < par.minimum(), par.maximum() - usable));
                    }
                }
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
            suggestions.sort(Comparator.comparing(ReorderSuggestion::belowMinimum).reversed()
                    .thenComparing(s -> s.item().value()));
            return suggestions;
        });
    }
}
