package org.medcoord.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.medcoord.core.MedCoord;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.event.DomainEvent;
import org.medcoord.core.event.EventEnvelope;
import org.medcoord.core.spi.EventListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * Starts one MedCoord on the in-memory engine per test class, with the inventory feature found by
 * discovery (as an application would get it), and gives every test a fresh tenant. (The testkit depends
 * on this module for its contract, so these tests cannot use the testkit's helpers.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InventoryTestBase {

    static final Instant START = Instant.parse("2026-11-02T15:00:00Z");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    final MutableClock clock = new MutableClock(START);
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    MedCoord medcoord;
    CatalogService catalog;
    StockService stock;
    KitService kits;
    RecallService recalls;
    ReorderService reorder;
    TenantId tenant;
    AccessContext supply;

    @BeforeAll
    void start() {
        medcoord = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .setting("medcoord.keys.encryption", TestKeys.randomKey())
                .setting("medcoord.keys.token", TestKeys.randomKey())
                .provider(EventListener.class, new EventListener() {
                    @Override
                    public String id() {
                        return "inventory-test-capture";
                    }

                    @Override
                    public void onEvent(EventEnvelope envelope) {
                        if (envelope.tenant().equals(tenant)) {
                            events.add(envelope.event());
                        }
                    }
                })
                .clock(clock)
                .build();
        catalog = medcoord.service(CatalogService.class);
        stock = medcoord.service(StockService.class);
        kits = medcoord.service(KitService.class);
        recalls = medcoord.service(RecallService.class);
        reorder = medcoord.service(ReorderService.class);
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        tenant = TenantId.of("clinic-" + UUID.randomUUID().toString().substring(0, 8));
        clock.set(START);
        events.clear();
        supply = as("supply-1", Roles.SUPPLY, PurposeOfUse.OPERATIONS);
    }

    AccessContext as(String user, String role, PurposeOfUse purpose) {
        return AccessContext.of(tenant, Principal.of(user, role), purpose);
    }

    Location storeroom() {
        return catalog.defineLocation(supply, new NewLocation("Main storeroom", LocationKind.STOREROOM, CHICAGO));
    }

    Location cart(String name) {
        return catalog.defineLocation(supply, new NewLocation(name, LocationKind.EXAM_ROOM_CART, CHICAGO));
    }

    Item gauze() {
        return catalog.defineItem(supply, NewItem.supply("Gauze 4x4", "each").withPackUnit("box", 100));
    }

    Item lidocaine() {
        return catalog.defineItem(supply, NewItem.medication("Lidocaine 1% 5 mL vial", "0409-4276-01", "vial").withPackUnit("carton", 25));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHICAGO);
    }

    Movement receiveLot(Item item, Location location, long baseUnits, String lotNumber, LocalDate expires) {
        return stock.receive(supply, Receipt.ofLot(item.id(), location.id(), Quantity.of(baseUnits, item.baseUnit()), lotNumber, expires));
    }

    /** @return the sum of the item's ledger deltas at the location */
    long ledgerSum(ItemId item, LocationId location) {
        return stock.ledger(supply, item, 1, 10_000).stream().filter(e -> e.location().equals(location)).mapToLong(LedgerEntry::delta).sum();
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
