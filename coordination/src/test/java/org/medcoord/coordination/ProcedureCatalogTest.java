package org.medcoord.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medcoord.core.ValidationException;
import org.medcoord.core.code.Coding;
import org.medcoord.core.code.CodeSystems;
import org.medcoord.inventory.Item;
import org.medcoord.inventory.ItemId;
import org.medcoord.inventory.ItemKind;
import org.medcoord.inventory.Kit;
import org.medcoord.inventory.KitComponent;
import org.medcoord.inventory.KitId;
import org.medcoord.inventory.Location;
import org.medcoord.inventory.LocationKind;
import org.medcoord.inventory.NewItem;
import org.medcoord.inventory.NewKit;
import org.medcoord.inventory.NewLocation;
import org.medcoord.inventory.Quantity;
import org.medcoord.scheduling.NewResource;
import org.medcoord.scheduling.NewServiceType;
import org.medcoord.scheduling.Resource;
import org.medcoord.scheduling.ResourceKind;
import org.medcoord.scheduling.ResourceRequirement;
import org.medcoord.scheduling.ServiceType;
import org.medcoord.scheduling.ServiceTypeId;

class ProcedureCatalogTest extends CoordinationTestBase {

    private ServiceType colonoscopy;
    private Kit kit;
    private Location suite;
    private Item scopeType;
    private Item gauze;

    @BeforeEach
    void clinic() {
        Resource room = resources.register(desk, NewResource.of(ResourceKind.LOCATION, "Suite 1", NEW_YORK));
        colonoscopy = serviceTypes.define(desk, NewServiceType.of("Colonoscopy", Duration.ofMinutes(45),
                List.of(ResourceRequirement.of("room", List.of(room.id())))));
        suite = inventoryCatalog.defineLocation(supply, new NewLocation("Suite store", LocationKind.STOREROOM, NEW_YORK));
        gauze = inventoryCatalog.defineItem(supply, NewItem.supply("Gauze", "each"));
        kit = inventoryCatalog.defineKit(supply, new NewKit("Colonoscopy kit", List.of(new KitComponent(gauze.id(), Quantity.of(4, "each")))));
        scopeType = inventoryCatalog.defineItem(supply, new NewItem("Colonoscope", ItemKind.EQUIPMENT_TYPE, Optional.empty(), "each",
                Map.of(), false, false));
    }

    private Procedure good() {
        return Procedure.of(colonoscopy.id(), BillingCode.cpt("45378"), BillingCode.hcpcs("G0121", "PT"))
                .withKit(kit.id(), suite.id()).withEquipmentType(scopeType.id());
    }

    @Test
    void aValidCatalogIsStoredAndReadBack() {
        procedures.load(coordinator, CatalogDefinition.of(good()));

        assertThat(procedures.procedure(coordinator, colonoscopy.id())).contains(good());
        assertThat(procedures.procedure(coordinator, new ServiceTypeId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aCatalogWithUnknownCodesKitsAndTypesListsThemAllAndNothingIsStored() {
        procedures.load(coordinator, CatalogDefinition.of(good()));
        Procedure bad = new Procedure(colonoscopy.id(),
                List.of(BillingCode.cpt("4537"), new BillingCode(Coding.of(CodeSystems.ICD_10_CM, "K63.5"), List.of(), 1),
                        BillingCode.hcpcs("G0121", "P"), BillingCode.cpt("45378").times(0)),
                Optional.of(new KitId(UUID.randomUUID())), Optional.empty(), Optional.of(gauze.id()),
                Optional.of(new FollowUpPlan(new ServiceTypeId(UUID.randomUUID()), Duration.ofDays(-1), Duration.ofDays(3))));
        Procedure unknownType = Procedure.of(new ServiceTypeId(UUID.randomUUID()), BillingCode.cpt("99213"))
                .withEquipmentType(new ItemId(UUID.randomUUID()));

        assertThatThrownBy(() -> procedures.load(coordinator, new CatalogDefinition(List.of(bad, unknownType, good()), Optional.empty())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.code())
                        .containsExactlyInAnyOrder(
                                "procedures[0].codes[0].code MC-COORD-010",
                                "procedures[0].codes[1].system MC-COORD-010",
                                "procedures[0].codes[2].modifiers[0] MC-COORD-010",
                                "procedures[0].codes[3].units MC-COORD-010",
                                "procedures[0].kit MC-COORD-012",
                                "procedures[0].kitLocation MC-COORD-014",
                                "procedures[0].equipmentType MC-COORD-013",
                                "procedures[0].followUp.serviceType MC-COORD-011",
                                "procedures[0].followUp.after MC-COORD-016",
                                "procedures[1].serviceType MC-COORD-011",
                                "procedures[1].equipmentType MC-COORD-013",
                                "procedures[2].serviceType MC-COORD-015"));
        assertThat(procedures.current(coordinator)).isEqualTo(CatalogDefinition.of(good()));
    }

    @Test
    void theFormatCodeOfAMalformedCptCodeIsNamedInTheMessage() {
        assertThatThrownBy(() -> procedures.load(coordinator, CatalogDefinition.of(Procedure.of(colonoscopy.id(), BillingCode.cpt("ABCDE")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.message()).startsWith("MC-CODE-003")));
        assertThat(procedures.current(coordinator).procedures()).isEmpty();
    }
}
