package org.medcoord.inventory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.ConflictException;
import org.medcoord.core.NotFoundException;
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
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.AssetStatus;
import org.medcoord.inventory.DueMaintenance;
import org.medcoord.inventory.EquipmentOutOfService;
import org.medcoord.inventory.EquipmentReturnedToService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.MaintenanceDue;
import org.medcoord.inventory.MaintenancePlan;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.ReprocessingCycle;
import org.medcoord.inventory.ReprocessingMethod;
import org.medcoord.inventory.WorkOrder;
import org.medcoord.inventory.WorkOrderId;

/**
 * Equipment on the data layer. Each change locks the asset, reads it, checks the transition and writes;
 * events are published last, after every other write of the transaction.
 */
final class DefaultEquipmentService implements EquipmentService {

    private static final int PAGE = 500;
    private static final int MAX_DAYS = 3650;

    private final DataStore data;
    private final Clock clock;

    DefaultEquipmentService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public Asset register(AccessContext context, NewAsset asset) {
        return data.inTransaction(context, session -> {
            AssetId id = AssetId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "equipment.register", "inv-asset/" + id);
            Item type = StockBook.item(session, asset.equipmentType());
            Location location = StockBook.location(session, asset.location());
            String serial = asset.serialNumber() == null ? "" : asset.serialNumber().strip();
            Violations violations = new Violations();
            violations.addIf(type.kind() != ItemKind.EQUIPMENT_TYPE, "equipmentType", Codes.NOT_EQUIPMENT_TYPE,
                    "item " + type.id() + " is a " + type.kind() + "; register assets of an item of kind EQUIPMENT_TYPE");
            violations.addIf(serial.isEmpty(), "serialNumber", Codes.SERIAL_REQUIRED, "give the serial number on the equipment's label");
            LocalDate today = StockBook.today(session, location);
            Set<String> names = new HashSet<>();
            List<MaintenancePlan> plans = new ArrayList<>();
            for (int i = 0; i < asset.plans().size(); i++) {
                NewAsset.Plan plan = asset.plans().get(i);
                String field = "plans[" + i + "]";
                String name = plan.name() == null ? "" : plan.name().strip();
                violations.addIf(name.isEmpty() || !names.add(name), field + ".name", Codes.PLAN_INVALID, "each plan needs a name of its own");
                violations.addIf(plan.kind() == null, field + ".kind", Codes.PLAN_INVALID, "say whether the plan is maintenance or calibration");
                boolean noInterval = plan.everyDays().isEmpty() && plan.everyUses().isEmpty();
                boolean badInterval = plan.everyDays().filter(d -> d < 1).isPresent() || plan.everyUses().filter(u -> u < 1).isPresent();
                violations.addIf(noInterval || badInterval, field, Codes.PLAN_INVALID, "a plan recurs every N days, every N uses, or both (N at least 1)");
                plans.add(new MaintenancePlan(name, plan.kind() == null ? org.medcoord.inventory.MaintenanceKind.PREVENTIVE : plan.kind(),
                        plan.everyDays(), plan.everyUses(), today, 0));
            }
            violations.throwIfAny();
            Asset registered = new Asset(id, type.id(), serial, location.id(), AssetStatus.IN_SERVICE, asset.reusableInstrument(), false, 0, plans);
            session.insert(Equipment.ASSET, id.asString(), registered);
            return registered;
        });
    }

    @Override
    public Asset asset(AccessContext context, AssetId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "equipment.read", "inv-asset/" + id);
            return find(session, id).value();
        });
    }

    @Override
    public Asset recordUse(AccessContext context, AssetId id) {
        return change(context, id, "equipment.use", (session, asset, events) -> {
            requireStatus(asset, "be used", AssetStatus.IN_SERVICE);
            if (!asset.reusableInstrument()) {
                return new Asset(asset.id(), asset.equipmentType(), asset.serialNumber(), asset.location(), asset.status(), false, false,
                        asset.uses() + 1, asset.plans());
            }
            events.add(new EquipmentOutOfService(asset.id(), AssetStatus.AWAITING_REPROCESSING, session.now(), Optional.empty()));
            return new Asset(asset.id(), asset.equipmentType(), asset.serialNumber(), asset.location(), AssetStatus.AWAITING_REPROCESSING,
                    true, true, asset.uses() + 1, asset.plans());
        });
    }

    @Override
    public Asset takeOutOfService(AccessContext context, AssetId id, Instant from, Optional<Instant> until, String reason) {
        java.util.Objects.requireNonNull(until, "until");
        new Violations()
                .addIf(from == null, "from", Codes.INTERVAL_INVALID, "say from when the equipment is out of service")
                .addIf(from != null && until.filter(u -> !u.isAfter(from)).isPresent(), "until", Codes.INTERVAL_INVALID,
                        "the end of the interval comes after its start")
                .addIf(reason == null || reason.isBlank(), "reason", Codes.REASON_REQUIRED, "say why it is out of service")
                .throwIfAny();
        return change(context, id, "equipment.out-of-service", (session, asset, events) -> {
            requireStatus(asset, "be taken out of service", AssetStatus.IN_SERVICE, AssetStatus.IN_MAINTENANCE, AssetStatus.AWAITING_REPROCESSING);
            events.add(new EquipmentOutOfService(asset.id(), AssetStatus.OUT_OF_SERVICE, from, until));
            return asset.withStatus(AssetStatus.OUT_OF_SERVICE);
        });
    }

    @Override
    public Asset startMaintenance(AccessContext context, AssetId id) {
        return change(context, id, "equipment.maintenance.start", (session, asset, events) -> {
            requireStatus(asset, "go into maintenance", AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE);
            if (asset.status() == AssetStatus.IN_SERVICE) {
                events.add(new EquipmentOutOfService(asset.id(), AssetStatus.IN_MAINTENANCE, session.now(), Optional.empty()));
            }
            return asset.withStatus(AssetStatus.IN_MAINTENANCE);
        });
    }

    @Override
    public Asset completeMaintenance(AccessContext context, AssetId id, String plan) {
        return change(context, id, "equipment.maintenance.complete", (session, asset, events) -> completePlan(session, asset, plan, events));
    }

    /** Records {@code plan} as done today; an asset in maintenance returns to service unless it awaits reprocessing. */
    private static Asset completePlan(DataSession session, Asset asset, String plan, List<DomainEvent> events) {
        requireStatus(asset, "be maintained", AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE, AssetStatus.IN_MAINTENANCE,
                AssetStatus.AWAITING_REPROCESSING);
        requirePlan(asset, plan);
        LocalDate today = StockBook.today(session, StockBook.location(session, asset.location()));
        List<MaintenancePlan> plans = asset.plans().stream()
                .map(p -> p.name().equals(plan) ? p.doneOn(today, asset.uses()) : p).toList();
        AssetStatus next = asset.status();
        if (asset.status() == AssetStatus.IN_MAINTENANCE) {
            next = asset.reprocessingDue() ? AssetStatus.AWAITING_REPROCESSING : AssetStatus.IN_SERVICE;
        }
        if (next == AssetStatus.IN_SERVICE && asset.status() != AssetStatus.IN_SERVICE) {
            events.add(new EquipmentReturnedToService(asset.id(), session.now()));
        }
        return new Asset(asset.id(), asset.equipmentType(), asset.serialNumber(), asset.location(), next, asset.reusableInstrument(),
                asset.reprocessingDue(), asset.uses(), plans);
    }

    private static void requirePlan(Asset asset, String plan) {
        if (asset.plans().stream().noneMatch(p -> p.name().equals(plan))) {
            throw new NotFoundException(Codes.NOT_FOUND, "asset " + asset.id() + " has no maintenance plan with that name");
        }
    }

    @Override
    public WorkOrder openWorkOrder(AccessContext context, AssetId id, String description, Optional<String> plan) {
        java.util.Objects.requireNonNull(plan, "plan");
        new Violations().addIf(description == null || description.isBlank(), "description", Codes.REASON_REQUIRED,
                "say what is to be done").throwIfAny();
        return data.inTransaction(context, session -> {
            WorkOrderId orderId = WorkOrderId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "equipment.work-order.open", "inv-work-order/" + orderId);
            Asset asset = find(session, id).value();
            requireStatus(asset, "get a work order", AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE, AssetStatus.IN_MAINTENANCE,
                    AssetStatus.AWAITING_REPROCESSING);
            plan.ifPresent(name -> requirePlan(asset, name));
            WorkOrder order = new WorkOrder(orderId, asset.id(), description.strip(), plan, session.context().principal().userId(),
                    session.now(), Optional.empty(), Optional.empty(), Optional.empty());
            session.insert(Equipment.WORK_ORDER, orderId.asString(), order);
            return order;
        });
    }

    @Override
    public WorkOrder completeWorkOrder(AccessContext context, WorkOrderId id, String outcome) {
        new Violations().addIf(outcome == null || outcome.isBlank(), "outcome", Codes.REASON_REQUIRED,
                "say what was found and done").throwIfAny();
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "equipment.work-order.complete", "inv-work-order/" + id);
            WorkOrder found = session.find(Equipment.WORK_ORDER, id.asString()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "work order " + id + " was not found"));
            // The asset's lock guards its work orders too, so one lock order serves every equipment change.
            session.lock(Equipment.ASSET_LOCK, found.asset().asString());
            Versioned<WorkOrder> current = session.get(Equipment.WORK_ORDER, id.asString());
            if (!current.value().open()) {
                throw new ConflictException(Codes.WORK_ORDER_STATUS, "work order " + id + " is already completed");
            }
            List<DomainEvent> events = new ArrayList<>();
            if (current.value().plan().isPresent()) {
                Versioned<Asset> asset = find(session, current.value().asset());
                Asset next = completePlan(session, asset.value(), current.value().plan().get(), events);
                session.update(Equipment.ASSET, asset.id(), asset.version(), next);
            }
            WorkOrder done = new WorkOrder(id, current.value().asset(), current.value().description(), current.value().plan(),
                    current.value().openedBy(), current.value().opened(), Optional.of(session.context().principal().userId()),
                    Optional.of(session.now()), Optional.of(outcome.strip()));
            session.update(Equipment.WORK_ORDER, current.id(), current.version(), done);
            events.forEach(session::publish);
            return done;
        });
    }

    @Override
    public List<WorkOrder> openWorkOrders(AccessContext context, AssetId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "equipment.work-order.list", "inv-asset/" + id);
            find(session, id);
            List<WorkOrder> found = new ArrayList<>();
            Criteria criteria = Criteria.all().eq("openFor", id.asString()).limit(PAGE);
            while (true) {
                ResultPage<Versioned<WorkOrder>> page = session.query(Equipment.WORK_ORDER, criteria);
                page.items().forEach(v -> found.add(v.value()));
                if (page.nextPageToken().isEmpty()) {
                    break;
                }
                criteria = criteria.after(page.nextPageToken().get());
            }
            found.sort(Comparator.comparing(WorkOrder::opened).thenComparing(w -> w.id().value()));
            return found;
        });
    }

    @Override
    public Asset recordReprocessing(AccessContext context, AssetId id, ReprocessingMethod method, boolean passed, String reference) {
        new Violations()
                .addIf(method == null, "method", Codes.PLAN_INVALID, "say how the instrument was reprocessed")
                .addIf(reference == null || reference.isBlank(), "reference", Codes.REASON_REQUIRED,
                        "give the washer's or steriliser's cycle number or load id")
                .throwIfAny();
        return change(context, id, "equipment.reprocessing", (session, asset, events) -> {
            if (!asset.reusableInstrument()) {
                new Violations().add("asset", Codes.NOT_REUSABLE, "asset " + asset.id()
                        + " is not registered as a reusable instrument; only those are reprocessed").throwIfAny();
            }
            requireStatus(asset, "be reprocessed", AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE, AssetStatus.IN_MAINTENANCE,
                    AssetStatus.AWAITING_REPROCESSING);
            session.append(Equipment.REPROCESSING, asset.id().asString(),
                    new ReprocessingCycle(asset.id(), method, passed, reference.strip(), session.context().principal().userId(), session.now()));
            AssetStatus next = asset.status();
            if (passed && next == AssetStatus.AWAITING_REPROCESSING) {
                next = AssetStatus.IN_SERVICE;
                events.add(new EquipmentReturnedToService(asset.id(), session.now()));
            } else if (!passed && next == AssetStatus.IN_SERVICE) {
                // A failed cycle on an instrument believed clean means it is not safe to use until one passes.
                next = AssetStatus.AWAITING_REPROCESSING;
                events.add(new EquipmentOutOfService(asset.id(), next, session.now(), Optional.empty()));
            }
            return new Asset(asset.id(), asset.equipmentType(), asset.serialNumber(), asset.location(), next, true, !passed,
                    asset.uses(), asset.plans());
        });
    }

    @Override
    public List<ReprocessingCycle> reprocessingHistory(AccessContext context, AssetId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "equipment.reprocessing.history", "inv-asset/" + id);
            find(session, id);
            List<ReprocessingCycle> cycles = new ArrayList<>();
            long from = 1;
            while (true) {
                List<Logged<ReprocessingCycle>> page = session.read(Equipment.REPROCESSING, id.asString(), from, PAGE);
                page.forEach(l -> cycles.add(l.entry()));
                if (page.size() < PAGE) {
                    return cycles;
                }
                from = page.get(page.size() - 1).seq() + 1;
            }
        });
    }

    @Override
    public Asset returnToService(AccessContext context, AssetId id) {
        return change(context, id, "equipment.return-to-service", (session, asset, events) -> {
            requireStatus(asset, "return to service", AssetStatus.OUT_OF_SERVICE, AssetStatus.IN_MAINTENANCE, AssetStatus.AWAITING_REPROCESSING);
            if (asset.reprocessingDue()) {
                throw new ConflictException(Codes.REPROCESSING_REQUIRED, "asset " + asset.id()
                        + " was used (or failed a cycle) since its last passing reprocessing cycle; record a passing cycle first");
            }
            events.add(new EquipmentReturnedToService(asset.id(), session.now()));
            return asset.withStatus(AssetStatus.IN_SERVICE);
        });
    }

    @Override
    public Asset retire(AccessContext context, AssetId id) {
        return change(context, id, "equipment.retire", (session, asset, events) -> {
            requireStatus(asset, "be retired", AssetStatus.IN_SERVICE, AssetStatus.OUT_OF_SERVICE, AssetStatus.IN_MAINTENANCE,
                    AssetStatus.AWAITING_REPROCESSING);
            if (asset.status() == AssetStatus.IN_SERVICE) {
                events.add(new EquipmentOutOfService(asset.id(), AssetStatus.RETIRED, session.now(), Optional.empty()));
            }
            return asset.withStatus(AssetStatus.RETIRED);
        });
    }

    @Override
    public List<DueMaintenance> maintenanceDue(AccessContext context, LocationId locationId, int days) {
        new Violations().addIf(days < 0 || days > MAX_DAYS, "days", Codes.DAYS_INVALID, "look 0 to " + MAX_DAYS + " days ahead").throwIfAny();
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "equipment.maintenance.due", "inv-location/" + locationId);
            return due(session, StockBook.location(session, locationId), days).stream().map(Due::view).toList();
        });
    }

    @Override
    public List<DueMaintenance> announceDueMaintenance(AccessContext context, LocationId locationId) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "equipment.maintenance.announce", "inv-location/" + locationId);
            List<DueMaintenance> announced = new ArrayList<>();
            for (Due due : due(session, StockBook.location(session, locationId), 0)) {
                MaintenancePlan plan = due.plan();
                String noticeId = due.asset().id().asString() + "|" + plan.name() + "|" + plan.lastDone() + "|" + plan.usesAtLastDone();
                if (session.find(Equipment.NOTICE, noticeId).isEmpty()) {
                    session.insert(Equipment.NOTICE, noticeId, new Equipment.Notice(due.asset().id(), plan.name(), plan.lastDone(),
                            plan.usesAtLastDone()));
                    announced.add(due.view());
                }
            }
            announced.forEach(d -> session.publish(new MaintenanceDue(d.asset(), d.plan(), d.kind())));
            return announced;
        });
    }

    /** A plan that is due, with its asset. */
    private record Due(Asset asset, MaintenancePlan plan, boolean overdue) {
        DueMaintenance view() {
            return new DueMaintenance(asset.id(), plan.name(), plan.kind(), plan.dueOn(), plan.dueAtUses(), overdue);
        }
    }

    private static List<Due> due(DataSession session, Location location, int days) {
        LocalDate today = StockBook.today(session, location);
        LocalDate horizon = today.plusDays(days);
        List<Due> found = new ArrayList<>();
        Criteria criteria = Criteria.all().eq("location", location.id().asString()).limit(PAGE);
        while (true) {
            ResultPage<Versioned<Asset>> page = session.query(Equipment.ASSET, criteria);
            for (Versioned<Asset> v : page.items()) {
                Asset asset = v.value();
                for (MaintenancePlan plan : asset.plans()) {
                    boolean byDay = plan.dueOn().filter(d -> !d.isAfter(horizon)).isPresent();
                    boolean byUses = plan.dueAtUses().filter(u -> asset.uses() >= u).isPresent();
                    if (byDay || byUses) {
                        boolean overdue = plan.dueOn().filter(d -> d.isBefore(today)).isPresent()
                                || plan.dueAtUses().filter(u -> asset.uses() > u).isPresent();
                        found.add(new Due(asset, plan, overdue));
                    }
                }
            }
            if (page.nextPageToken().isEmpty()) {
                break;
            }
            criteria = criteria.after(page.nextPageToken().get());
        }
        found.sort(Comparator.comparing(Due::overdue).reversed()
                .thenComparing(d -> d.plan().dueOn().orElse(LocalDate.MAX))
                .thenComparing(d -> d.asset().id().value()).thenComparing(d -> d.plan().name()));
        return found;
    }

    /** Locks the asset, applies {@code step} to it and stores the result. */
    private Asset change(AccessContext context, AssetId id, String operation, Step step) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), operation, "inv-asset/" + id);
            session.lock(Equipment.ASSET_LOCK, id.asString());
            Versioned<Asset> current = find(session, id);
            List<DomainEvent> events = new ArrayList<>();
            Asset next = step.apply(session, current.value(), events);
            session.update(Equipment.ASSET, current.id(), current.version(), next);
            events.forEach(session::publish);
            return next;
        });
    }

    /** One change of an asset inside its transaction. */
    @FunctionalInterface
    private interface Step {
        Asset apply(DataSession session, Asset current, List<DomainEvent> events);
    }

    private static Versioned<Asset> find(DataSession session, AssetId id) {
        return session.find(Equipment.ASSET, id.asString())
                .orElseThrow(() -> new NotFoundException(Codes.NOT_FOUND, "asset " + id + " was not found; register it first"));
    }

    private static void requireStatus(Asset asset, String what, AssetStatus... allowed) {
        if (!List.of(allowed).contains(asset.status())) {
            throw new ConflictException(Codes.ASSET_STATUS, "asset " + asset.id() + " is " + asset.status() + " and cannot " + what
                    + "; it must be one of " + List.of(allowed));
        }
    }
}
