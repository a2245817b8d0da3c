package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.KitConsumption;
import org.medcoord.inventory.KitService;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.Movement;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.MovementType;

/**
 * Consumes kits in one transaction: every component's (item, location) pair is locked first, in sorted
 * order, then every component is picked; only when all are available is anything written.
 */
final class DefaultKitService implements KitService {

    private final DataStore data;
    private final Clock clock;

    DefaultKitService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Movement consumeKit(AccessContext context, KitConsumption consumption) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.CREATE, Optional.of(consumption.patient()), "kit.consume", "inv-kit/" + consumption.kit());
            Kit kit = DefaultCatalogService.kit(session, consumption.kit());
            Location location = StockBook.location(session, consumption.location());
            StockBook.lockPairs(session, kit.components().stream().map(c -> Documents.pairKey(c.item(), location.id())).toList());
            LocalDate today = StockBook.today(session, location);
            List<StockBook.Line> lines = new ArrayList<>();
            List<String> shortages = new ArrayList<>();
            for (KitComponent component : kit.components()) {
                long wanted = component.quantity().amount();
                StockBook.pickFefo(session, component.item(), location.id(), today, wanted).ifPresentOrElse(lines::addAll,
                        () -> shortages.add("item " + component.item() + " has "
                                + StockBook.usableOnHand(session, component.item(), location.id(), today) + " usable, " + wanted + " needed"));
            }
            if (!shortages.isEmpty()) {
                throw new ConflictException(Codes.INSUFFICIENT_STOCK, "kit " + kit.id() + " cannot be consumed at location " + location.id()
                        + ": " + String.join("; ", shortages) + " (base units); nothing was consumed. Restock the location or use another");
            }
            StockBook.Link link = new StockBook.Link(Optional.of(consumption.patient()), Optional.of(consumption.encounter()),
                    Optional.of(kit.id()));
            Movement movement = StockBook.post(session, MovementId.next(clock), MovementType.CONSUME, lines,
                    DefaultStockService.reasonOr(consumption.reason(), "kit " + kit.name()), link);
            Dispenses.record(session, movement, consumption.patient(), Optional.of(consumption.encounter()), location.id());
            List<DomainEvent> events = new ArrayList<>();
            for (KitComponent component : kit.components()) {
                StockBook.reorderCheck(session, component.item(), location.id(), today, -component.quantity().amount()).ifPresent(events::add);
            }
            events.forEach(session::publish);
            return movement;
        });
    }
}
