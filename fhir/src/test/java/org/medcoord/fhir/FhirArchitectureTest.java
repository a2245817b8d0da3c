package org.medcoord.fhir;

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

/** The package tiers of ARCHITECTURE.md, applied to the FHIR module: domains' public API only, internals hidden. */
class FhirArchitectureTest {

    private static JavaClasses fhir;

    @BeforeAll
    static void importFhir() {
        fhir = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord.fhir");
    }

    @Test
    void fhirUsesOnlyThePublicApiOfCoreAndTheDomains() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord.core.internal..", "org.medcoord.records.internal..",
                "org.medcoord.scheduling.internal..", "org.medcoord.inventory.internal..", "org.medcoord.billing.internal..",
                "org.medcoord.coordination..").check(fhir);
    }

    @Test
    void implementationClassesArePackagePrivateExceptTheGuiceBindingsAndTheServiceLoaderFeature() {
        classes().that().resideInAPackage("org.medcoord.fhir.internal..")
                .and().doNotHaveSimpleName("FhirBindings").and().doNotHaveSimpleName("FhirFeature")
                .and().areNotNestedClasses()
                .should().notBePublic().andShould().haveModifier(JavaModifier.FINAL).orShould().beInterfaces()
                .check(fhir);
    }

    @Test
    void apiSignaturesNeverNameInternalTypes() {
        noClasses().that().resideOutsideOfPackage("..internal..").and().doNotHaveSimpleName("FhirModule")
                .should().dependOnClassesThat().resideInAPackage("org.medcoord.fhir.internal..")
                .check(fhir);
    }

    @Test
    void theFeatureIsRegisteredForServiceLoader() {
        assertThat(ServiceLoader.load(MedCoordFeature.class).stream().map(ServiceLoader.Provider::type).map(Class::getName))
                .contains("org.medcoord.fhir.internal.FhirFeature");
    }
}
