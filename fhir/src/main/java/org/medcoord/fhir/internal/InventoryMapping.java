package org.medcoord.fhir.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.SupplyDelivery;
import org.hl7.fhir.r4.model.SupplyRequest;
import org.medcoord.fhir.FhirSystems;
import org.medcoord.fhir.MappingIssue;
import org.medcoord.inventory.Asset;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.AssetStatus;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.MaintenanceKind;
import org.medcoord.inventory.MaintenancePlan;
import org.medcoord.inventory.OrderLine;
import org.medcoord.inventory.PurchaseOrder;
import org.medcoord.inventory.PurchaseOrderId;
import org.medcoord.inventory.PurchaseOrderStatus;
import org.medcoord.inventory.Receipt;

/**
 * Inventory both ways: stock locations as Location, equipment assets as Device, purchase orders as one
 * SupplyRequest per line (grouped by the order's identifier), receipts as SupplyDelivery.
 */
final class InventoryMapping {

    static final String ITEM = FhirSystems.BASE + "/sid/item";
    static final String PURCHASE_ORDER = FhirSystems.BASE + "/sid/purchase-order";
    static final String ZONE = FhirSystems.extension("zone");
    static final String LOCATION_KIND = FhirSystems.extension("location-kind");
    static final String ASSET_STATUS = FhirSystems.extension("asset-status");
    static final String REUSABLE = FhirSystems.extension("reusable-instrument");
    static final String REPROCESSING_DUE = FhirSystems.extension("reprocessing-due");
    static final String USES = FhirSystems.extension("uses");
    static final String PLAN = FhirSystems.extension("maintenance-plan");
    static final String PO_STATUS = FhirSystems.extension("purchase-order-status");
    static final String LINE = FhirSystems.extension("purchase-order-line");
    static final String RECEIVED = FhirSystems.extension("received");
    static final String ORDERED_AT = FhirSystems.extension("ordered-at");
    static final String SUPPLIER = FhirSystems.extension("supplier");
    static final String LOT = FhirSystems.extension("lot-number");
    static final String EXPIRES = FhirSystems.extension("expires");
    static final String REASON = FhirSystems.extension("reason");

    private InventoryMapping() {
    }

    static org.hl7.fhir.r4.model.Location location(Location l) {
        var r = new org.hl7.fhir.r4.model.Location();
        r.setId(l.id().asString());
        r.setName(l.name());
        r.setMode(org.hl7.fhir.r4.model.Location.LocationMode.INSTANCE);
        r.addType(Fhir.concept(FhirSystems.CODES, "location-" + l.kind().name(), null));
        r.addExtension(Fhir.string(LOCATION_KIND, l.kind().name()));
        r.addExtension(Fhir.string(ZONE, l.zone().getId()));
        return r;
    }

    static Optional<Location> location(org.hl7.fhir.r4.model.Location r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<String> kind = Fhir.stringExt(r, LOCATION_KIND);
        Optional<String> zone = Fhir.stringExt(r, ZONE);
        if (id.isEmpty() || kind.isEmpty() || zone.isEmpty() || !r.hasName()) {
            issues.add(Fhir.error("Location", "Location", "MC-FHIR-011", "a MedCoord stock location needs its id, name, kind and time zone"));
            return Optional.empty();
        }
        return Optional.of(new Location(new LocationId(id.get()), r.getName(), LocationKind.valueOf(kind.get()), ZoneId.of(zone.get())));
    }

    static Device device(Asset a) {
        var r = new Device();
        r.setId(a.id().asString());
        r.setSerialNumber(a.serialNumber());
        r.setStatus(a.status() == AssetStatus.IN_SERVICE ? Device.FHIRDeviceStatus.ACTIVE : Device.FHIRDeviceStatus.INACTIVE);
        r.setType(Fhir.concept(ITEM, a.equipmentType().asString(), null));
        r.setLocation(new Reference("Location/" + a.location().asString()));
        r.addExtension(Fhir.string(ASSET_STATUS, a.status().name()));
        r.addExtension(new Extension(REUSABLE, new BooleanType(a.reusableInstrument())));
        r.addExtension(new Extension(REPROCESSING_DUE, new BooleanType(a.reprocessingDue())));
        r.addExtension(Fhir.string(USES, Long.toString(a.uses())));
        for (MaintenancePlan p : a.plans()) {
            Extension e = new Extension(PLAN);
            e.addExtension("name", new StringType(p.name()));
            e.addExtension("kind", new StringType(p.kind().name()));
            p.everyDays().ifPresent(d -> e.addExtension("everyDays", new IntegerType(d)));
            p.everyUses().ifPresent(u -> e.addExtension("everyUses", new IntegerType(u)));
            e.addExtension("lastDone", new DateType(p.lastDone().toString()));
            e.addExtension("usesAtLastDone", new StringType(Long.toString(p.usesAtLastDone())));
            r.addExtension(e);
        }
        return r;
    }

    static Optional<Asset> device(Device r, List<MappingIssue> issues) {
        Optional<UUID> id = Fhir.uuid(String.valueOf(Fhir.idPart(r)));
        Optional<UUID> type = Fhir.uuid(String.valueOf(r.getType().getCodingFirstRep().getCode()));
        Optional<LocationId> location = Fhir.idOf(r.getLocation(), "Location").flatMap(Fhir::uuid).map(LocationId::new);
        Optional<String> status = Fhir.stringExt(r, ASSET_STATUS);
        if (id.isEmpty() || type.isEmpty() || location.isEmpty() || status.isEmpty()) {
            issues.add(Fhir.error("Device", "Device", "MC-FHIR-011", "a MedCoord asset needs its id, equipment type, location and status"));
            return Optional.empty();
        }
        List<MaintenancePlan> plans = new ArrayList<>();
        for (Extension e : r.getExtensionsByUrl(PLAN)) {
            plans.add(new MaintenancePlan(sub(e, "name"), MaintenanceKind.valueOf(sub(e, "kind")),
                    Optional.ofNullable(e.getExtensionByUrl("everyDays")).map(x -> ((IntegerType) x.getValue()).getValue()),
                    Optional.ofNullable(e.getExtensionByUrl("everyUses")).map(x -> ((IntegerType) x.getValue()).getValue()),
                    LocalDate.parse(sub(e, "lastDone")), Long.parseLong(sub(e, "usesAtLastDone"))));
        }
        return Optional.of(new Asset(new AssetId(id.get()), new ItemId(type.get()), r.getSerialNumber(), location.get(),
                AssetStatus.valueOf(status.get()), bool(r, REUSABLE), bool(r, REPROCESSING_DUE),
                Long.parseLong(Fhir.stringExt(r, USES).orElse("0")), plans));
    }

    private static String sub(Extension e, String name) {
        return e.getExtensionByUrl(name).getValue().primitiveValue();
    }

    private static boolean bool(Device r, String url) {
        var e = r.getExtensionByUrl(url);
        return e != null && ((BooleanType) e.getValue()).booleanValue();
    }

    static List<SupplyRequest> supplyRequests(PurchaseOrder po) {
        List<SupplyRequest> out = new ArrayList<>();
        for (int i = 0; i < po.lines().size(); i++) {
            OrderLine line = po.lines().get(i);
            var r = new SupplyRequest();
            r.setId(UUID.nameUUIDFromBytes((po.id().asString() + "|" + i).getBytes(StandardCharsets.UTF_8)).toString());
            r.addIdentifier().setSystem(PURCHASE_ORDER).setValue(po.id().asString());
            r.setStatus(switch (po.status()) {
                case DRAFT -> SupplyRequest.SupplyRequestStatus.DRAFT;
                case ORDERED, PARTIALLY_RECEIVED -> SupplyRequest.SupplyRequestStatus.ACTIVE;
                case RECEIVED, CLOSED -> SupplyRequest.SupplyRequestStatus.COMPLETED;
            });
            r.setItem(Fhir.concept(ITEM, line.item().asString(), null));
            r.setQuantity(new Quantity().setValue(line.ordered()));
            r.setAuthoredOnElement(Fhir.dateTime(po.created()));
            r.addSupplier(new Reference().setDisplay(po.supplier()));
            r.setDeliverTo(new Reference("Location/" + po.deliverTo().asString()));
            r.addExtension(Fhir.string(PO_STATUS, po.status().name()));
            r.addExtension(new Extension(LINE, new IntegerType(i)));
            r.addExtension(Fhir.string(RECEIVED, Long.toString(line.received())));
            r.addExtension(Fhir.string(SUPPLIER, po.supplier()));
            po.ordered().ifPresent(at -> r.addExtension(new Extension(ORDERED_AT, Fhir.dateTime(at))));
            out.add(r);
        }
        return out;
    }

    static Optional<PurchaseOrder> purchaseOrder(List<SupplyRequest> requests, List<MappingIssue> issues) {
        if (requests.isEmpty()) {
            issues.add(Fhir.error("SupplyRequest", "SupplyRequest", "MC-FHIR-011", "a purchase order needs at least one line"));
            return Optional.empty();
        }
        List<SupplyRequest> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparingInt(r -> ((IntegerType) r.getExtensionByUrl(LINE).getValue()).getValue()));
        SupplyRequest first = sorted.get(0);
        Optional<UUID> id = first.getIdentifier().stream().filter(i -> PURCHASE_ORDER.equals(i.getSystem())).map(i -> Fhir.uuid(i.getValue()))
                .flatMap(Optional::stream).findFirst();
        Optional<LocationId> deliverTo = Fhir.idOf(first.getDeliverTo(), "Location").flatMap(Fhir::uuid).map(LocationId::new);
        Optional<String> status = Fhir.stringExt(first, PO_STATUS);
        if (id.isEmpty() || deliverTo.isEmpty() || status.isEmpty() || !first.hasAuthoredOn()) {
            issues.add(Fhir.error("SupplyRequest", "SupplyRequest", "MC-FHIR-011", "a MedCoord purchase order needs its id, destination, status and date"));
            return Optional.empty();
        }
        List<OrderLine> lines = new ArrayList<>();
        for (SupplyRequest r : sorted) {
            lines.add(new OrderLine(new ItemId(UUID.fromString(r.getItemCodeableConcept().getCodingFirstRep().getCode())),
                    r.getQuantity().getValue().longValueExact(), Long.parseLong(Fhir.stringExt(r, RECEIVED).orElse("0"))));
        }
        var ordered = first.getExtensionByUrl(ORDERED_AT);
        return Optional.of(new PurchaseOrder(new PurchaseOrderId(id.get()), Fhir.stringExt(first, SUPPLIER).orElse(""), deliverTo.get(),
                PurchaseOrderStatus.valueOf(status.get()), lines, Fhir.instantOf(first.getAuthoredOnElement()),
                ordered == null ? Optional.empty() : Optional.of(((org.hl7.fhir.r4.model.DateTimeType) ordered.getValue()).getValue().toInstant())));
    }

    static SupplyDelivery supplyDelivery(Receipt receipt) {
        var r = new SupplyDelivery();
        String key = receipt.item() + "|" + receipt.location() + "|" + receipt.quantity() + "|" + receipt.lotNumber() + "|" + receipt.expires()
                + "|" + receipt.reason();
        r.setId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
        r.setStatus(SupplyDelivery.SupplyDeliveryStatus.COMPLETED);
        r.getSuppliedItem().setQuantity(new Quantity().setValue(BigDecimal.valueOf(receipt.quantity().amount())).setUnit(receipt.quantity().unit()))
                .setItem(Fhir.concept(ITEM, receipt.item().asString(), null));
        r.setDestination(new Reference("Location/" + receipt.location().asString()));
        receipt.lotNumber().ifPresent(l -> r.addExtension(Fhir.string(LOT, l)));
        receipt.expires().ifPresent(e -> r.addExtension(new Extension(EXPIRES, new DateType(e.toString()))));
        if (!receipt.reason().isEmpty()) {
            r.addExtension(Fhir.string(REASON, receipt.reason()));
        }
        return r;
    }

    static Optional<Receipt> receipt(SupplyDelivery r, List<MappingIssue> issues) {
        Optional<LocationId> location = Fhir.idOf(r.getDestination(), "Location").flatMap(Fhir::uuid).map(LocationId::new);
        var supplied = r.getSuppliedItem();
        Optional<UUID> item = supplied.hasItemCodeableConcept()
                ? Fhir.uuid(String.valueOf(supplied.getItemCodeableConcept().getCodingFirstRep().getCode())) : Optional.empty();
        if (location.isEmpty() || item.isEmpty() || !supplied.hasQuantity()) {
            issues.add(Fhir.error("SupplyDelivery", "SupplyDelivery", "MC-FHIR-011", "a MedCoord receipt needs its item, quantity and destination"));
            return Optional.empty();
        }
        return Optional.of(new Receipt(new ItemId(item.get()), location.get(),
                new org.medcoord.inventory.Quantity(supplied.getQuantity().getValue().longValueExact(), supplied.getQuantity().getUnit()),
                Fhir.stringExt(r, LOT), Optional.ofNullable(r.getExtensionByUrl(EXPIRES)).map(e -> LocalDate.parse(e.getValue().primitiveValue())),
                Fhir.stringExt(r, REASON).orElse("")));
    }
}
