package org.medcoord.inventory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.code.CodeFormats;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.core.code.CodeValidator;
import org.medcoord.core.code.Coding;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewKit;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;

/** The stored {@link CatalogService}. */
final class DefaultCatalogService implements CatalogService {

    private final DataStore data;
    private final Clock clock;
    private final CodeValidator codes;

    DefaultCatalogService(DataStore data, Clock clock, CodeValidator codes) {
        this.data = data;
        this.clock = clock;
        this.codes = codes;
    }

    @Override
    public Item defineItem(AccessContext context, NewItem item) {
        Violations violations = new Violations();
        String name = blankToEmpty(item.name());
        String baseUnit = blankToEmpty(item.baseUnit());
        violations.addIf(name.isEmpty(), "name", Codes.NAME_REQUIRED, "give the item a name");
        violations.addIf(item.kind() == null, "kind", Codes.KIND_REQUIRED, "say what the item is: one of " + List.of(ItemKind.values()));
        violations.addIf(baseUnit.isEmpty(), "baseUnit", Codes.BASE_UNIT_REQUIRED, "give the unit stock is counted in, such as 'each' or 'mL'");
        item.packUnits().forEach((unit, size) -> {
            String field = "packUnits[" + unit + "]";
            violations.addIf(unit == null || unit.isBlank() || unit.strip().equals(baseUnit), field, Codes.PACK_UNIT_INVALID,
                    "a pack unit needs a name of its own, other than the base unit");
            violations.addIf(size == null || size < 2, field, Codes.PACK_UNIT_INVALID, "a pack unit holds at least 2 base units");
        });
        Optional<String> ndc = Optional.empty();
        if (item.kind() == ItemKind.MEDICATION) {
            String given = item.ndc().map(String::strip).orElse("");
            if (given.isEmpty()) {
                violations.add("ndc", Codes.NDC_REQUIRED, "a medication needs its National Drug Code");
            } else {
                violations.addAll("", codes.validate("ndc", Coding.of(CodeSystems.NDC, given)));
                ndc = CodeFormats.normalizeNdc(given);
            }
        } else {
            violations.addIf(item.ndc().isPresent(), "ndc", Codes.NDC_NOT_ALLOWED, "only medications carry a National Drug Code");
        }
        violations.addIf(item.kind() == ItemKind.IMPLANT && !item.lotTracked(), "lotTracked", Codes.IMPLANT_NOT_LOT_TRACKED,
                "implants are always lot-tracked, so that a recall finds their patients");
        violations.addIf(item.expiryRequired() && !item.lotTracked(), "expiryRequired", Codes.EXPIRY_NEEDS_LOTS,
                "an expiry date belongs to a lot: make the item lot-tracked too");
        violations.throwIfAny();
        Map<String, Long> packUnits = new java.util.HashMap<>();
        item.packUnits().forEach((unit, size) -> packUnits.put(unit.strip(), size));
        Item stored = new Item(ItemId.next(clock), name, item.kind(), ndc, baseUnit, packUnits, item.lotTracked(), item.expiryRequired());
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "catalog.item.define", "inv-item/" + stored.id());
            session.insert(Documents.ITEM, stored.id().asString(), stored);
            return stored;
        });
    }

    @Override
    public Item item(AccessContext context, ItemId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "catalog.item.read", "inv-item/" + id);
            return StockBook.item(session, id);
        });
    }

    @Override
    public Optional<Item> itemByNdc(AccessContext context, String ndc) {
        Optional<String> normalized = CodeFormats.normalizeNdc(ndc == null ? "" : ndc);
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.SEARCH, Optional.empty(), "catalog.item.by-ndc", "inv-item");
            return normalized.flatMap(n -> session.query(Documents.ITEM, Criteria.all().eq("ndc", n).limit(1)).items().stream()
                    .findFirst().map(Versioned::value));
        });
    }

    @Override
    public Location defineLocation(AccessContext context, NewLocation location) {
        String name = blankToEmpty(location.name());
        new Violations()
                .addIf(name.isEmpty(), "name", Codes.NAME_REQUIRED, "give the location a name")
                .addIf(location.kind() == null, "kind", Codes.KIND_REQUIRED, "say what kind of place it is")
                .addIf(location.zone() == null, "zone", Codes.ZONE_REQUIRED, "give the IANA time zone of its clinic, such as America/Chicago")
                .throwIfAny();
        Location stored = new Location(LocationId.next(clock), name, location.kind(), location.zone());
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "catalog.location.define", "inv-location/" + stored.id());
            session.insert(Documents.LOCATION, stored.id().asString(), stored);
            return stored;
        });
    }

    @Override
    public Location location(AccessContext context, LocationId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "catalog.location.read", "inv-location/" + id);
            return StockBook.location(session, id);
        });
    }

    @Override
    public Kit defineKit(AccessContext context, NewKit kit) {
        return data.inTransaction(context, session -> {
            KitId id = KitId.next(clock);
            StockBook.authorize(session, Action.CREATE, Optional.empty(), "catalog.kit.define", "inv-kit/" + id);
            String name = blankToEmpty(kit.name());
            Violations violations = new Violations();
            violations.addIf(name.isEmpty(), "name", Codes.NAME_REQUIRED, "give the kit a name");
            violations.addIf(kit.components().isEmpty(), "components", Codes.KIT_EMPTY, "a kit lists at least one item");
            List<KitComponent> components = new ArrayList<>();
            Set<ItemId> seen = new HashSet<>();
            for (int i = 0; i < kit.components().size(); i++) {
                KitComponent component = kit.components().get(i);
                String field = "components[" + i + "]";
                violations.addIf(!seen.add(component.item()), field + ".item", Codes.DUPLICATE_ITEM,
                        "item " + component.item() + " is listed twice; list each item once with its total quantity");
                Optional<Item> item = session.find(Documents.ITEM, component.item().asString()).map(Versioned::value);
                if (item.isEmpty()) {
                    violations.add(field + ".item", Codes.ITEM_UNKNOWN, "item " + component.item() + " is not in the catalog; define it first");
                    continue;
                }
                long base = StockBook.toBase(item.get(), component.quantity(), field + ".quantity", violations);
                components.add(new KitComponent(component.item(), Quantity.of(base, item.get().baseUnit())));
            }
            violations.throwIfAny();
            Kit stored = new Kit(id, name, components);
            session.insert(Documents.KIT, id.asString(), stored);
            return stored;
        });
    }

    @Override
    public Kit kit(AccessContext context, KitId id) {
        return data.inTransaction(context, session -> {
            StockBook.authorize(session, Action.READ, Optional.empty(), "catalog.kit.read", "inv-kit/" + id);
            return kit(session, id);
        });
    }

    static Kit kit(DataSession session, KitId id) {
        return session.find(Documents.KIT, id.asString()).map(Versioned::value)
                .orElseThrow(() -> new org.medcoord.core.NotFoundException(Codes.NOT_FOUND,
                        "kit " + id + " was not found; define it with CatalogService.defineKit first"));
    }

    @Override
    public ParLevel setParLevel(AccessContext context, ParLevel level) {
        new Violations()
                .addIf(level.minimum() < 0, "minimum", Codes.PAR_LEVEL_INVALID, "the minimum is 0 or more")
                .addIf(level.reorderPoint() < level.minimum(), "reorderPoint", Codes.PAR_LEVEL_INVALID, "the reorder point is at least the minimum")
                .addIf(level.maximum() < 1 || level.maximum() < level.reorderPoint(), "maximum", Codes.PAR_LEVEL_INVALID,
                        "the maximum is positive and at least the reorder point")
                .throwIfAny();
        return data.inTransaction(context, session -> {
            String id = Documents.pairKey(level.item(), level.location());
            StockBook.authorize(session, Action.UPDATE, Optional.empty(), "catalog.par-level.set", "inv-par/" + id);
            StockBook.item(session, level.item());
            StockBook.location(session, level.location());
            Optional<Versioned<ParLevel>> current = session.find(Documents.PAR, id);
            if (current.isPresent()) {
                session.update(Documents.PAR, id, current.get().version(), level);
            } else {
                session.insert(Documents.PAR, id, level);
            }
            return level;
        });
    }

    @Override
    public Optional<ParLevel> parLevel(AccessContext context, ItemId item, LocationId location) {
        return data.inTransaction(context, session -> {
            String id = Documents.pairKey(item, location);
            StockBook.authorize(session, Action.READ, Optional.empty(), "catalog.par-level.read", "inv-par/" + id);
            return session.find(Documents.PAR, id).map(Versioned::value);
        });
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
