package org.medcoord.inventory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.medcoord.core.PatientId;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.LogType;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.LedgerEntry;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.Lot;
import org.medcoord.inventory.LotId;
import org.medcoord.inventory.MovementId;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.Recall;

/** The inventory module's document types, log and lock names. */
final class Documents {

    /** Sorts lots without expiry after every dated lot. */
    static final String NO_EXPIRY = "9999-12-31";

    /** Lock type of the (item, location) pairs every movement locks before reading stock. */
    static final String STOCK_LOCK = "inv-stock-lock";
    /** Lock type of (item, lot number), held while a receipt finds or creates a lot. */
    static final String LOT_LOCK = "inv-lot-lock";

    /** Stock of one lot at one location; id {@code item|location|lot}. */
    record Balance(ItemId item, LocationId location, LotId lot, String expiresKey, long onHand) {
        Balance {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(lot, "lot");
            Objects.requireNonNull(expiresKey, "expiresKey");
        }

        Balance withOnHand(long next) {
            return new Balance(item, location, lot, expiresKey, next);
        }
    }

    /** What one lot gave to a patient in one consumption. */
    record DispensedLot(ItemId item, LotId lot, long quantity) {
    }

    /** A consumption linked to a patient, indexed by lot for recall traces; id = movement id. */
    record Dispense(MovementId movement, PatientId patient, Optional<UUID> encounter, LocationId location, Instant at,
                    List<DispensedLot> lots) {
        Dispense {
            lots = List.copyOf(lots);
        }
    }

    static final DocumentType<Item> ITEM = DocumentType.builder("inv-item", Item.class)
            .field("kind", FieldKind.TEXT, i -> List.of(i.kind().name()))
            .field("ndc", FieldKind.TEXT, i -> i.ndc().stream().toList())
            .unique("inv-item.ndc", FieldKind.TEXT, i -> i.ndc().stream().toList())
            .build();

    static final DocumentType<Location> LOCATION = DocumentType.builder("inv-location", Location.class)
            .field("kind", FieldKind.TEXT, l -> List.of(l.kind().name()))
            .build();

    static final DocumentType<Lot> LOT = DocumentType.builder("inv-lot", Lot.class)
            .field("item", FieldKind.TEXT, l -> List.of(l.item().asString()))
            .field("status", FieldKind.TEXT, l -> List.of(l.status().name()))
            .field("expires", FieldKind.TEXT, l -> l.expires().map(LocalDate::toString).stream().toList())
            .field("number", FieldKind.TEXT, l -> List.of(lotNumberKey(l.item(), l.lotNumber())))
            .unique("inv-lot.number", FieldKind.TEXT, l -> List.of(lotNumberKey(l.item(), l.lotNumber())))
            .build();

    static final DocumentType<Balance> BALANCE = DocumentType.builder("inv-balance", Balance.class)
            .field("lot", FieldKind.TEXT, b -> List.of(b.lot().asString()))
            .field("expires", FieldKind.TEXT, b -> List.of(b.expiresKey()))
            // Only stock actually on hand is indexed for picking, so FEFO never pages through empty lots.
            .field("stocked", FieldKind.TEXT, b -> b.onHand() > 0 ? List.of(pairKey(b.item(), b.location())) : List.of())
            .field("stockedAt", FieldKind.TEXT, b -> b.onHand() > 0 ? List.of(b.location().asString()) : List.of())
            .build();

    static final DocumentType<Kit> KIT = DocumentType.builder("inv-kit", Kit.class).build();

    static final DocumentType<ParLevel> PAR = DocumentType.builder("inv-par", ParLevel.class)
            .field("location", FieldKind.TEXT, p -> List.of(p.location().asString()))
            .build();

    static final DocumentType<Recall> RECALL = DocumentType.builder("inv-recall", Recall.class)
            .unique("inv-recall.lot", FieldKind.TEXT, r -> List.of(r.lot().asString()))
            .build();

    static final DocumentType<Dispense> DISPENSE = DocumentType.builder("inv-dispense", Dispense.class)
            .field("lot", FieldKind.TEXT, d -> d.lots().stream().map(l -> l.lot().asString()).distinct().toList())
            .build();

    static final DocumentType<PurchaseOrder> PURCHASE_ORDER = DocumentType.builder("inv-po", PurchaseOrder.class)
            .field("status", FieldKind.TEXT, o -> List.of(o.status().name()))
            // Only open orders are indexed by location: they are what counts as on order.
            .field("openAt", FieldKind.TEXT, o -> o.status().open() ? List.of(o.deliverTo().asString()) : List.of())
            .build();

    /** Lock type of a purchase order, held while it changes status or is received against. */
    static final String ORDER_LOCK = "inv-po-lock";

    /** One stream per item ({@code inv-ledger/<item>}), so movements of different items never wait on each other's appends. */
    static final LogType<LedgerEntry> LEDGER = new LogType<>("inv-ledger/", LedgerEntry.class);

    private Documents() {
    }

    static String pairKey(ItemId item, LocationId location) {
        return item.asString() + "|" + location.asString();
    }

    static String balanceId(ItemId item, LocationId location, LotId lot) {
        return item.asString() + "|" + location.asString() + "|" + lot.asString();
    }

    static String lotNumberKey(ItemId item, String lotNumber) {
        return item.asString() + "|" + lotNumber;
    }

    static String expiresKey(Lot lot) {
        return lot.expires().map(LocalDate::toString).orElse(NO_EXPIRY);
    }
}
