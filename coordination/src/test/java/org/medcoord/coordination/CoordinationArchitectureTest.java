package org.medcoord.coordination;

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

/** The package tiers of ARCHITECTURE.md, applied to the coordination module's main classes. */
class CoordinationArchitectureTest {

    private static JavaClasses coordination;

    @BeforeAll
    static void importCoordination() {
        coordination = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord.coordination");
    }

    @Test
    void coordinationUsesOnlyTheDomainsPublicApiAndNoInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord.scheduling.internal..",
                "org.medcoord.records.internal..", "org.medcoord.inventory.internal..", "org.medcoord.billing.internal..",
                "org.medcoord.core.internal..", "org.medcoord.fhir..")
                .check(coordination);
    }

    @Test
    void implementationClassesArePackagePrivateExceptTheGuiceBindingsAndTheServiceLoaderFeature() {
        classes().that().resideInAPackage("org.medcoord.coordination.internal..")
                .and().doNotHaveSimpleName("CoordinationBindings").and().doNotHaveSimpleName("CoordinationFeature")
                .and().areNotNestedClasses()
                .should().notBePublic().andShould().haveModifier(JavaModifier.FINAL).orShould().beInterfaces()
                .check(coordination);
    }

    @Test
    void apiSignaturesNeverNameInternalTypes() {
        noClasses().that().resideOutsideOfPackage("..internal..").and().doNotHaveSimpleName("CoordinationModule")
                .should().dependOnClassesThat().resideInAPackage("org.medcoord.coordination.internal..")
                .check(coordination);
    }

    @Test
    void theFeatureIsRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(MedCoordFeature.class).stream().map(ServiceLoader.Provider::type).map(Class::getName))
                .contains("org.medcoord.coordination.internal.CoordinationFeature");
    }
}
