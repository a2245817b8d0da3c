package org.medcoord.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotStatus;
import org.medcoord.inventory.OpenRecall;
import org.medcoord.inventory.Recall;
import org.medcoord.inventory.RecallExposure;
import org.medcoord.inventory.RecallId;
import org.medcoord.inventory.RecallOpened;
import org.medcoord.inventory.RecallService;
import org.medcoord.inventory.StockBalance;

/**
 * Recalls: the lot's status changes under the stock locks of every location holding it, so a consumption
 * either finished before the recall (and is listed in its exposures) or sees the lot recalled.
 */
final class DefaultRecallService implements RecallService {

    private static final int PAGE = 500;

    private final DataStore data;
    private final Clock clock;

    DefaultRecallService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Recall openRecall(AccessContext context, OpenRecall command) {
        new Violations()
                .addIf(command.lotNumber().isEmpty(), "lotNumber", Codes.LOT_NUMBER_REQUIRED, "give the recalled lot number")
                .addIf(command.reason().isEmpty(), "reason", Codes.REASON_REQUIRED, "give the recall notice's reference or the reason")
                .throwIfAny();
        return data.inTransaction(context, session -> {
            RecallId id = RecallId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "recall.open", "inv-recall/" + id);
            Item item = StockBook.item(session, command.item());
            String key = Documents.lotNumberKey(item.id(), command.lotNumber());
            Versioned<Lot> lot = session.query(Documents.LOT, Criteria.all().eq("number", key).limit(1)).items().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "item " + item.id()
                            + " has no lot with that number; check the number on the recall notice against the receipts"));
            List<Documents.Balance> holding = balancesOf(session, lot.value());
            StockBook.lockPairs(session, holding.stream().map(b -> Documents.pairKey(b.item(), b.location())).distinct().toList());
            // Re-read under the locks: the lot's status and stock cannot change any more until commit.
            Versioned<Lot> current = session.get(Documents.LOT, lot.id());
            if (current.value().status() == LotStatus.RECALLED) {
                throw new ConflictException(Codes.ALREADY_RECALLED, "lot " + current.value().id() + " of item " + item.id()
                        + " is already recalled; look the recall up instead of opening another");
            }
            Lot recalled = current.value().withStatus(LotStatus.RECALLED);
            session.update(Documents.LOT, current.id(), current.version(), recalled);
            List<StockBalance> quarantined = balancesOf(session, recalled).stream().filter(b -> b.onHand() > 0)
                    .map(b -> new StockBalance(b.item(), b.location(), recalled, b.onHand())).toList();
            Recall recall = new Recall(id, item.id(), recalled.id(), command.reason(), session.context().principal().userId(),
                    session.now(), quarantined);
            session.insert(Documents.RECALL, id.asString(), recall);
            session.publish(new RecallOpened(id, item.id(), recalled.id()));
            return recall;
        });
    }

    private static List<Documents.Balance> balancesOf(DataSession session, Lot lot) {
        List<Documents.Balance> found = new ArrayList<>();
        Criteria criteria = Criteria.all().eq("lot", lot.id().asString()).limit(PAGE);
        while (true) {
            ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
            page.items().forEach(v -> found.add(v.value()));
            if (page.nextPageToken().isEmpty()) {
                return found;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
    }

    @Override
    public Recall recall(AccessContext context, RecallId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "recall.read", "inv-recall/" + id);
            return recall(session, id);
        });
    }

    private static Recall recall(DataSession session, RecallId id) {
        return session.find(Documents.RECALL, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "recall " + id + " was not found"));
    }

    @Override
    public List<RecallExposure> exposures(AccessContext context, RecallId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "recall.exposures", "inv-recall/" + id);
            Recall recall = recall(session, id);
            List<RecallExposure> exposures = new ArrayList<>();
            Criteria criteria = Criteria.all().eq("lot", recall.lot().asString()).limit(PAGE);
            while (true) {
                ResultPage<Versioned<Documents.Dispense>> page = session.query(Documents.DISPENSE, criteria);
                for (Versioned<Documents.Dispense> v : page.items()) {
                    Documents.Dispense d = v.value();
                    long quantity = d.lots().stream().filter(l -> l.lot().equals(recall.lot())).mapToLong(Documents.DispensedLot::quantity).sum();
                    exposures.add(new RecallExposure(d.patient(), d.encounter(), d.location(), quantity, d.at(), d.movement()));
                }
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
            exposures.sort(Comparator.comparing(RecallExposure::at).thenComparing(e -> e.movement().value()));
            // Each patient named in the answer is a disclosure of who received the lot: audit it per patient.
            Set<PatientId> patients = new LinkedHashSet<>();
            exposures.forEach(e -> patients.add(e.patient()));
            for (PatientId patient : patients) {
                StockBook.authorize(session, Action.READ, Optional.of(patient), "recall.exposures", "inv-recall/" + id);
            }
            return exposures;
        });
    }
}
