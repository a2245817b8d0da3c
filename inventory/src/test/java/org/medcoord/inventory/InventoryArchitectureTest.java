package org.medcoord.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import org.medcoord.core.MedCoordFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package tiers of ARCHITECTURE.md, applied to the inventory module's main classes. */
class InventoryArchitectureTest {

    private static JavaClasses inventory;

    @BeforeAll
    static void importInventory() {
        inventory = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord.inventory");
    }

    @Test
    void inventoryDependsOnCoreOnlyAndOnNoCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord.scheduling..", "org.medcoord.records..",
                "org.medcoord.billing..", "org.medcoord.coordination..", "org.medcoord.fhir..", "org.medcoord.core.internal..")
                .check(inventory);
    }

    @Test
    void implementationClassesArePackagePrivateExceptTheGuiceBindingsAndTheServiceLoaderFeature() {
        classes().that().resideInAPackage("org.medcoord.inventory.internal..")
                .and().doNotHaveSimpleName("InventoryBindings").and().doNotHaveSimpleName("InventoryFeature")
                .and().areNotNestedClasses()
                .should().notBePublic().andShould().haveModifier(JavaModifier.FINAL).orShould().beInterfaces()
                .check(inventory);
    }

    @Test
    void apiSignaturesNeverNameInternalTypes() {
        noClasses().that().resideOutsideOfPackage("..internal..").and().doNotHaveSimpleName("InventoryModule")
                .should().dependOnClassesThat().resideInAPackage("org.medcoord.inventory.internal..")
                .check(inventory);
    }

    @Test
    void theFeatureIsRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(MedCoordFeature.class).stream().map(ServiceLoader.Provider::type).map(Class::getName))
                .contains("org.medcoord.inventory.internal.InventoryFeature");
    }
}
