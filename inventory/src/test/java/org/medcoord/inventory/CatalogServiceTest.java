package org.medcoord.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medcoord.core.AccessDeniedException;
import org.medcoord.core.NotFoundException;
import org.medcoord.core.UniqueKeyViolationException;
import org.medcoord.core.ValidationException;
import org.medcoord.core.Violation;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.junit.jupiter.api.Test;

class CatalogServiceTest extends InventoryTestBase {

    @Test
    void medicationNdcIsStoredInElevenDigitFormAndFoundByAnyLayout() {
        Item lidocaine = lidocaine();

        assertThat(lidocaine.ndc()).contains("00409427601");
        assertThat(catalog.itemByNdc(supply, "0409-4276-01")).contains(lidocaine);
        assertThat(catalog.itemByNdc(supply, "00409427601")).contains(lidocaine);
        assertThat(catalog.item(supply, lidocaine.id())).isEqualTo(lidocaine);
    }

    @Test
    void twoMedicationsWithOneNdcAreRefused() {
        lidocaine();

        assertThatThrownBy(this::lidocaine).isInstanceOf(UniqueKeyViolationException.class);
    }

    @Test
    void everyProblemWithANewItemIsReportedAtOnce() {
        NewItem bad = new NewItem(" ", ItemKind.MEDICATION, Optional.empty(), "", Map.of("box", 1L), false, true);

        assertThatThrownBy(() -> catalog.defineItem(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-001", "MC-INV-009", "MC-INV-010", "MC-INV-004", "MC-INV-025"));
    }

    @Test
    void malformedNdcIsReportedWithTheCodeValidatorsViolation() {
        NewItem bad = NewItem.medication("Mystery drug", "12-AB", "tablet");

        assertThatThrownBy(() -> catalog.defineItem(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.field()).startsWith("ndc")).isNotEmpty());
    }

    @Test
    void onlyMedicationsCarryAnNdcAndImplantsAreAlwaysLotTracked() {
        NewItem supplyWithNdc = new NewItem("Gauze", ItemKind.SUPPLY, Optional.of("0409-4276-01"), "each", Map.of(), false, false);
        NewItem untrackedImplant = new NewItem("Hip stem", ItemKind.IMPLANT, Optional.empty(), "each", Map.of(), false, false);

        assertThatThrownBy(() -> catalog.defineItem(supply, supplyWithNdc))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-005"));
        assertThatThrownBy(() -> catalog.defineItem(supply, untrackedImplant))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-022"));
    }

    @Test
    void packUnitsConvertToTheBaseUnit() {
        Item gauze = gauze();

        assertThat(gauze.baseUnitsPer("box")).contains(100L);
        assertThat(gauze.baseUnitsPer("each")).contains(1L);
        assertThat(gauze.baseUnitsPer("case")).isEmpty();
    }

    @Test
    void kitQuantitiesAreStoredInBaseUnitsAndBadComponentsAreAllReported() {
        Item gauze = gauze();
        Item lidocaine = lidocaine();
        Kit kit = catalog.defineKit(supply, new NewKit("Laceration repair", List.of(
                new KitComponent(gauze.id(), Quantity.of(1, "box")), new KitComponent(lidocaine.id(), Quantity.of(2, "vial")))));

        assertThat(catalog.kit(supply, kit.id()).components()).containsExactly(
                new KitComponent(gauze.id(), Quantity.of(100, "each")), new KitComponent(lidocaine.id(), Quantity.of(2, "vial")));

        NewKit bad = new NewKit("Broken", List.of(new KitComponent(gauze.id(), Quantity.of(0, "pallet")),
                new KitComponent(gauze.id(), Quantity.of(1, "each")), new KitComponent(ItemId.next(clock), Quantity.of(1, "each"))));
        assertThatThrownBy(() -> catalog.defineKit(supply, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactlyInAnyOrder("MC-INV-002", "MC-INV-003", "MC-INV-016", "MC-INV-024"));
    }

    @Test
    void parLevelsMustBeOrderedAndReplaceEachOther() {
        Item gauze = gauze();
        Location cart = cart("Exam 1");

        assertThatThrownBy(() -> catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 10, 5, 4)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly("MC-INV-017", "MC-INV-017"));
        catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 10, 20, 50));
        catalog.setParLevel(supply, new ParLevel(gauze.id(), cart.id(), 5, 10, 40));

        assertThat(catalog.parLevel(supply, gauze.id(), cart.id())).contains(new ParLevel(gauze.id(), cart.id(), 5, 10, 40));
    }

    @Test
    void unknownItemIsNotFoundWithAnInventoryCode() {
        assertThatThrownBy(() -> catalog.item(supply, ItemId.next(clock)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("MC-INV-404"));
    }

    @Test
    void frontDeskMayNotChangeTheCatalog() {
        assertThatThrownBy(() -> catalog.defineLocation(as("desk-1", Roles.FRONT_DESK, PurposeOfUse.OPERATIONS),
                new NewLocation("Lobby", LocationKind.OTHER, CHICAGO)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
