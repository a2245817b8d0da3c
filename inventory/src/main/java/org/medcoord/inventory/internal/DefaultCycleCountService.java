package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.inventory.CountLine;
import org.medcoord.inventory.CountSheet;
import org.medcoord.inventory.CountSheetId;
import org.medcoord.inventory.CountSheetStatus;
import org.medcoord.inventory.CycleCountService;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.MovementType;

/** Cycle counts on the data layer; posting locks the sheet, then the location's stock pairs in sorted order. */
final class DefaultCycleCountService implements CycleCountService {

    static final DocumentType<CountSheet> SHEET = DocumentType.builder("inv-count-sheet", CountSheet.class).build();
    private static final String SHEET_LOCK = "inv-count-lock";
    private static final int PAGE = 500;

    private final DataStore data;
    private final Clock clock;

    DefaultCycleCountService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public CountSheet open(AccessContext context, LocationId locationId, long approvalThreshold) {
        new Violations().addIf(approvalThreshold < 0, "approvalThreshold", Codes.THRESHOLD_INVALID,
                "the approval threshold is 0 (approve every variance) or more").throwIfAny();
        return data.inTransaction(context, session -> {
            CountSheetId id = CountSheetId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "count.open", "inv-count-sheet/" + id);
            Location location = StockBook.location(session, locationId);
            List<CountLine> lines = new ArrayList<>();
            Criteria criteria = Criteria.all().eq("stockedAt", location.id().asString()).orderBy("expires", true).limit(PAGE);
            while (true) {
                ResultPage<Versioned<Documents.Balance>> page = session.query(Documents.BALANCE, criteria);
                for (Versioned<Documents.Balance> b : page.items()) {
                    lines.add(new CountLine(b.value().item(), b.value().lot(), b.value().onHand(), Optional.empty()));
                }
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
            CountSheet sheet = new CountSheet(id, location.id(), CountSheetStatus.OPEN, lines, approvalThreshold,
                    session.context().principal().userId(), session.now(), Optional.empty(), Optional.empty(), Optional.empty());
            session.insert(SHEET, id.asString(), sheet);
            return sheet;
        });
    }

    @Override
    public CountSheet record(AccessContext context, CountSheetId id, List<Count> counts) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "count.record", "inv-count-sheet/" + id);
            Versioned<CountSheet> current = locked(session, id);
            requireStatus(current.value(), CountSheetStatus.OPEN);
            Violations violations = new Violations();
            Map<String, CountLine> lines = new LinkedHashMap<>();
            current.value().lines().forEach(l -> lines.put(l.item() + "|" + l.lot(), l));
            for (int i = 0; i < counts.size(); i++) {
                Count count = counts.get(i);
                violations.addIf(count.counted() < 0, "counts[" + i + "].counted", Codes.QUANTITY_NOT_POSITIVE, "a count is 0 or more");
                Lot lot = StockBook.lot(session, count.lot());
                DefaultStockService.checkLotOfItem(lot, StockBook.item(session, count.item()), violations);
                String key = count.item() + "|" + count.lot();
                CountLine line = lines.getOrDefault(key, new CountLine(count.item(), count.lot(), 0, Optional.empty()));
                lines.put(key, new CountLine(line.item(), line.lot(), line.expected(), Optional.of(count.counted())));
            }
            violations.throwIfAny();
            CountSheet next = with(current.value(), CountSheetStatus.OPEN, new ArrayList<>(lines.values()), Optional.empty(), Optional.empty(),
                    Optional.empty());
            session.update(SHEET, current.id(), current.version(), next);
            return next;
        });
    }

    @Override
    public CountSheet submit(AccessContext context, CountSheetId id, String reason) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "count.submit", "inv-count-sheet/" + id);
            Versioned<CountSheet> current = locked(session, id);
            CountSheet sheet = current.value();
            requireStatus(sheet, CountSheetStatus.OPEN);
            Violations violations = new Violations();
            for (int i = 0; i < sheet.lines().size(); i++) {
                CountLine line = sheet.lines().get(i);
                violations.addIf(line.counted().isEmpty(), "lines[" + i + "]", Codes.NOT_COUNTED,
                        "item " + line.item() + " lot " + line.lot() + " was not counted; record a count (0 if none was found)");
            }
            violations.addIf(reason == null || reason.isBlank(), "reason", Codes.REASON_REQUIRED, "say what the count was for or why it differs");
            violations.throwIfAny();
            Optional<String> submitter = Optional.of(session.context().principal().userId());
            if (sheet.needsApproval()) {
                CountSheet waiting = with(sheet, CountSheetStatus.AWAITING_APPROVAL, sheet.lines(), submitter, Optional.of(reason.strip()),
                        Optional.empty());
                session.update(SHEET, current.id(), current.version(), waiting);
                return waiting;
            }
            return post(session, current, with(sheet, CountSheetStatus.POSTED, sheet.lines(), submitter, Optional.of(reason.strip()),
                    Optional.empty()));
        });
    }

    @Override
    public CountSheet approve(AccessContext context, CountSheetId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "count.approve", "inv-count-sheet/" + id);
            Versioned<CountSheet> current = locked(session, id);
            CountSheet sheet = current.value();
            requireStatus(sheet, CountSheetStatus.AWAITING_APPROVAL);
            String approver = session.context().principal().userId();
            if (sheet.submittedBy().filter(approver::equals).isPresent()) {
                throw new ConflictException(Codes.SELF_APPROVAL, "count sheet " + id
                        + " was submitted by the same user; a variance above the threshold needs another user's approval");
            }
            return post(session, current, with(sheet, CountSheetStatus.POSTED, sheet.lines(), sheet.submittedBy(), sheet.reason(),
                    Optional.of(approver)));
        });
    }

    /** Posts every non-zero variance as one ADJUST movement; a variance that would take a balance below zero refuses it all. */
    private CountSheet post(DataSession session, Versioned<CountSheet> current, CountSheet posted) {
        Location location = StockBook.location(session, posted.location());
        List<CountLine> varied = posted.lines().stream().filter(l -> l.variance() != 0).toList();
        StockBook.lockPairs(session, varied.stream().map(l -> Documents.pairKey(l.item(), location.id())).distinct().toList());
        LocalDate today = StockBook.today(session, location);
        Map<ItemId, Long> usableChange = new LinkedHashMap<>();
        List<StockBook.Line> lines = new ArrayList<>();
        for (CountLine line : varied) {
            Lot lot = StockBook.lot(session, line.lot());
            usableChange.merge(line.item(), lot.usableOn(today) ? line.variance() : 0L, Long::sum);
            lines.add(new StockBook.Line(line.item(), location.id(), lot, line.variance()));
        }
        if (!lines.isEmpty()) {
            StockBook.post(session, MovementId.next(clock), MovementType.ADJUST, lines,
                    "cycle count " + posted.id() + ": " + posted.reason().orElse(""), StockBook.Link.NONE);
        }
        session.update(SHEET, current.id(), current.version(), posted);
        List<DomainEvent> events = new ArrayList<>();
        usableChange.forEach((item, change) -> StockBook.reorderCheck(session, item, location.id(), today, change).ifPresent(events::add));
        events.forEach(session::publish);
        return posted;
    }

    @Override
    public CountSheet sheet(AccessContext context, CountSheetId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "count.read", "inv-count-sheet/" + id);
            return find(session, id).value();
        });
    }

    private static CountSheet with(CountSheet sheet, CountSheetStatus status, List<CountLine> lines, Optional<String> submittedBy,
                                   Optional<String> reason, Optional<String> approvedBy) {
        return new CountSheet(sheet.id(), sheet.location(), status, lines, sheet.approvalThreshold(), sheet.openedBy(), sheet.opened(),
                submittedBy, reason, approvedBy);
    }

    private static Versioned<CountSheet> locked(DataSession session, CountSheetId id) {
        session.lock(SHEET_LOCK, id.asString());
        return find(session, id);
    }

    private static Versioned<CountSheet> find(DataSession session, CountSheetId id) {
        return session.find(SHEET, id.asString())
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "count sheet " + id + " was not found"));
    }

    private static void requireStatus(CountSheet sheet, CountSheetStatus allowed) {
        if (sheet.status() != allowed) {
            throw new ConflictException(Codes.SHEET_STATUS, "count sheet " + sheet.id() + " is " + sheet.status()
                    + "; this step needs it to be " + allowed);
        }
    }
}
