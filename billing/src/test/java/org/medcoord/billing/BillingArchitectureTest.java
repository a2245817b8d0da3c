package org.medcoord.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medcoord.core.MedCoordFeature;

/** The package tiers of ARCHITECTURE.md, applied to the billing module's main classes. */
class BillingArchitectureTest {

    private static JavaClasses billing;

    @BeforeAll
    static void importBilling() {
        billing = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord.billing");
    }

    @Test
    void billingDependsOnCoreOnlyAndOnNoCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord.scheduling..", "org.medcoord.records..",
                "org.medcoord.inventory..", "org.medcoord.coordination..", "org.medcoord.fhir..", "org.medcoord.core.internal..")
                .check(billing);
    }

    @Test
    void implementationClassesArePackagePrivateExceptTheGuiceBindingsAndTheServiceLoaderFeature() {
        classes().that().resideInAPackage("org.medcoord.billing.internal..")
                .and().doNotHaveSimpleName("BillingBindings").and().doNotHaveSimpleName("BillingFeature")
                .and().areNotNestedClasses()
                .should().notBePublic().andShould().haveModifier(JavaModifier.FINAL).orShould().beInterfaces()
                .check(billing);
    }

    @Test
    void apiAndSpiNeverNameInternalTypes() {
        noClasses().that().resideOutsideOfPackage("..internal..").and().doNotHaveSimpleName("BillingModule")
                .should().dependOnClassesThat().resideInAPackage("org.medcoord.billing.internal..")
                .check(billing);
    }

    @Test
    void spiInterfacesAreFreeOfGuiceAndJackson() {
        noClasses().that().resideInAPackage("org.medcoord.billing.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "com.fasterxml.jackson..")
                .check(billing);
    }

    @Test
    void theDomainModelDoesNotDependOnTheWireFormat() {
        noClasses().that().resideInAnyPackage("org.medcoord.billing", "org.medcoord.billing.spi")
                .should().dependOnClassesThat().resideInAPackage("org.medcoord.billing.x12..")
                .check(billing);
    }

    @Test
    void theFeatureIsRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(MedCoordFeature.class).stream().map(ServiceLoader.Provider::type).map(Class::getName))
                .contains("org.medcoord.billing.internal.BillingFeature");
    }
}
