package org.medcoord.example.demo;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.coordination.Workflows;
import org.medcoord.inventory.AssetId;
import org.medcoord.inventory.CatalogService;
import org.medcoord.inventory.EquipmentService;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.LocationId;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.MaintenanceKind;
import org.medcoord.inventory.NewAsset;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewKit;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.ParLevel;
import org.medcoord.inventory.Quantity;
import org.medcoord.inventory.Receipt;
import org.medcoord.inventory.StockService;
import org.medcoord.scheduling.AvailabilityService;
import org.medcoord.scheduling.NewAvailabilityTemplate;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.ReminderService;
import org.medcoord.scheduling.ResourceId;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ResourceService;
import org.medcoord.scheduling.ServiceCatalog;
import org.medcoord.scheduling.ServiceTypeId;

/**
 * Practitioners, rooms, an endoscope and recovery beds with opening hours; the two services the clinic
 * offers; a reminder rule; the procedure room's supplies, kit, par levels and first stock; the
 * colonoscope as a maintained asset. Created on the first run, found by name on later ones.
 */
final class SetUpClinic implements Step {

    static final String OFFICE_VISIT = "Office visit";
    static final String COLONOSCOPY = "Colonoscopy";
    static final String LIDOCAINE_NDC = "0409-4276-01";

    private record Res(String name, ResourceKind kind) {
    }

    private static final List<Res> RESOURCES = List.of(
            new Res("Dr Okafor", ResourceKind.PRACTITIONER), new Res("Dr Lee", ResourceKind.PRACTITIONER),
            new Res("Exam room 1", ResourceKind.LOCATION), new Res("Exam room 2", ResourceKind.LOCATION),
            new Res("Procedure room", ResourceKind.LOCATION), new Res("Colonoscope 7", ResourceKind.EQUIPMENT),
            new Res("Recovery bed 1", ResourceKind.BED), new Res("Recovery bed 2", ResourceKind.BED));

    @Override
    public String title() {
        return "Clinic set-up: staff, rooms, equipment, beds, services, supplies";
    }

    @Override
    public void run(Day day) {
        day.at(7, 0);
        ResourceService resources = day.service(ResourceService.class);
        AvailabilityService availability = day.service(AvailabilityService.class);
        DayReport.Table table = day.report.table("resource", "kind", "opening hours", "");
        int created = 0;
        for (Res r : RESOURCES) {
            boolean[] made = {false};
            String id = day.directory.getOrCreate("resource/" + r.name(), () -> {
                ResourceId rid = resources.register(day.desk, NewResource.of(r.kind(), r.name(), day.zone)).id();
                availability.addTemplate(day.desk, NewAvailabilityTemplate.daily(rid, day.date, LocalTime.of(7, 0), LocalTime.of(19, 0)));
                return rid.asString();
            }, made);
            day.resources.put(r.name(), ResourceId.parse(id));
            created += made[0] ? 1 : 0;
            table.row(r.name(), r.kind(), "daily 07:00-19:00", made[0] ? "created" : "found");
        }
        table.print();

        ServiceCatalog catalog = day.service(ServiceCatalog.class);
        day.serviceTypes.put(OFFICE_VISIT, ServiceTypeId.parse(day.directory.getOrCreate("service/" + OFFICE_VISIT,
                () -> catalog.define(day.desk, NewServiceType.of(OFFICE_VISIT, Duration.ofMinutes(30), List.of(
                        ResourceRequirement.of("clinician", List.of(day.resource("Dr Okafor"), day.resource("Dr Lee"))),
                        ResourceRequirement.of("exam-room", List.of(day.resource("Exam room 1"), day.resource("Exam room 2"))))))
                        .id().asString(), new boolean[1])));
        day.serviceTypes.put(COLONOSCOPY, ServiceTypeId.parse(day.directory.getOrCreate("service/" + COLONOSCOPY,
                () -> catalog.define(day.desk, NewServiceType.of(COLONOSCOPY, Duration.ofMinutes(45), List.of(
                        ResourceRequirement.of("gastroenterologist", List.of(day.resource("Dr Okafor"))),
                        ResourceRequirement.of("procedure-room", List.of(day.resource("Procedure room")))
                                .withBuffers(Duration.ofMinutes(10), Duration.ofMinutes(15)),
                        ResourceRequirement.of("endoscope", List.of(day.resource("Colonoscope 7")))
                                .withBuffers(Duration.ZERO, Duration.ofMinutes(30)))))
                        .id().asString(), new boolean[1])));
        day.directory.getOrCreate("reminder-rule/90m", () -> day.service(ReminderService.class)
                .defineRule(day.desk, Duration.ofMinutes(90), "sms", false).id().asString(), new boolean[1]);
        day.report.line("services: %s (30 min: clinician + exam room), %s (45 min: gastroenterologist + procedure room "
                + "+ endoscope, 30 min endoscope turnover)", OFFICE_VISIT, COLONOSCOPY);
        day.report.line("reminders: 90 minutes before each appointment through channel 'sms' (the example SmsOutboxChannel)");

        setUpSupplies(day);
        day.count("resources created", created);
    }

    private static void setUpSupplies(Day day) {
        CatalogService catalog = day.service(CatalogService.class);
        StockService stock = day.service(StockService.class);
        boolean[] newRoom = {false};
        day.procedureRoom = LocationId.parse(day.directory.getOrCreate("location/Procedure room", () -> catalog.defineLocation(day.supply,
                new NewLocation("Procedure room", LocationKind.OPERATING_ROOM_CORE, day.zone)).id().asString(), newRoom));
        LocationId room = day.procedureRoom;

        ItemId lidocaine = catalog.itemByNdc(day.supply, LIDOCAINE_NDC).map(Item::id)
                .orElseGet(() -> catalog.defineItem(day.supply, NewItem.medication("Lidocaine 1% 5 mL", LIDOCAINE_NDC, "vial")).id());
        ItemId forceps = item(day, catalog, NewItem.supply("Biopsy forceps", "each").withLots(true));
        ItemId biteBlock = item(day, catalog, NewItem.supply("Bite block", "each"));
        ItemId gauze = item(day, catalog, NewItem.supply("Gauze 4x4", "each").withPackUnit("pack", 10));
        ItemId scopeType = item(day, catalog, new NewItem("Colonoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each", Map.of(), false, false));
        day.colonoscopeType = scopeType;
        day.items.put("Lidocaine 1% 5 mL", lidocaine);
        day.items.put("Biopsy forceps", forceps);
        day.items.put("Bite block", biteBlock);
        day.items.put("Gauze 4x4", gauze);

        day.colonoscopyKit = KitId.parse(day.directory.getOrCreate("kit/Colonoscopy kit", () -> catalog.defineKit(day.supply,
                new NewKit("Colonoscopy kit", List.of(
                        new KitComponent(lidocaine, Quantity.of(1, "vial")),
                        new KitComponent(forceps, Quantity.of(1, "each")),
                        new KitComponent(biteBlock, Quantity.of(1, "each")),
                        new KitComponent(gauze, Quantity.of(1, "pack"))))).id().asString(), new boolean[1]));

        day.colonoscope = AssetId.parse(day.directory.getOrCreate("asset/CS-7", () -> day.service(EquipmentService.class).register(day.supply,
                new NewAsset(scopeType, "CS-7", room, true, List.of(
                        NewAsset.Plan.everyDays("preventive service", MaintenanceKind.PREVENTIVE, 14),
                        NewAsset.Plan.everyUses("leak test", MaintenanceKind.PREVENTIVE, 5)))).id().asString(), new boolean[1]));

        // coordination books the colonoscope through its scheduling resource: out of service there means blocked here
        day.directory.getOrCreate("link/CS-7", () -> {
            day.service(Workflows.class).link(day.coordinator, day.colonoscope, day.resource("Colonoscope 7"));
            return day.colonoscope.asString();
        }, new boolean[1]);

        if (newRoom[0]) {
            catalog.setParLevel(day.supply, new ParLevel(lidocaine, room, 2, 8, 16));
            catalog.setParLevel(day.supply, new ParLevel(forceps, room, 2, 5, 10));
            catalog.setParLevel(day.supply, new ParLevel(biteBlock, room, 2, 4, 8));
            catalog.setParLevel(day.supply, new ParLevel(gauze, room, 10, 30, 100));
            // two lots each of the lot-tracked items, the sooner-expiring one smaller: FEFO picks it first
            stock.receive(day.supply, Receipt.ofLot(lidocaine, room, Quantity.of(2, "vial"), "LA-0001", day.date.plusDays(45)));
            stock.receive(day.supply, Receipt.ofLot(lidocaine, room, Quantity.of(5, "vial"), "LA-0002", day.date.plusDays(300)));
            stock.receive(day.supply, Receipt.ofLot(forceps, room, Quantity.of(2, "each"), "FB-0001", day.date.plusDays(60)));
            stock.receive(day.supply, Receipt.ofLot(forceps, room, Quantity.of(3, "each"), "FB-0002", day.date.plusDays(400)));
            stock.receive(day.supply, Receipt.untracked(biteBlock, room, Quantity.of(4, "each")));
            stock.receive(day.supply, Receipt.untracked(gauze, room, Quantity.of(5, "pack")));
        }
        DayReport.Table t = day.report.table("supply at Procedure room", "unit", "on hand", "usable");
        long total = 0;
        for (Map.Entry<String, ItemId> e : day.items.entrySet()) {
            long onHand = stock.onHand(day.supply, e.getValue(), room);
            total += onHand;
            t.row(e.getKey(), catalog.item(day.supply, e.getValue()).baseUnit(), onHand, stock.usableOnHand(day.supply, e.getValue(), room));
        }
        t.total("total", "", total, "");
        t.print();
        day.report.line("kit 'Colonoscopy kit': 1 lidocaine vial, 1 biopsy forceps, 1 bite block, 1 pack of gauze; "
                + "colonoscope CS-7: reusable, preventive service every 14 days, leak test every 5 uses");
    }

    private static ItemId item(Day day, CatalogService catalog, NewItem item) {
        return ItemId.parse(day.directory.getOrCreate("item/" + item.name(), () -> catalog.defineItem(day.supply, item).id().asString(),
                new boolean[1]));
    }
}
