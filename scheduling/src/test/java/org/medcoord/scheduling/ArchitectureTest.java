package org.medcoord.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package tiers of ARCHITECTURE.md, applied to scheduling. */
class ArchitectureTest {

    private static final JavaClasses SCHEDULING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medcoord.scheduling");

    @Test
    void schedulingDependsOnCoreAndNoOtherDomainModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord.records..", "org.medcoord.billing..",
                "org.medcoord.inventory..", "org.medcoord.coordination..", "org.medcoord.fhir..", "org.medcoord.core.internal..")
                .check(SCHEDULING);
    }

    @Test
    void theSpiIsPlainJava() {
        noClasses().that().resideInAPackage("org.medcoord.scheduling.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "com.fasterxml..", "..internal..", "net.fortuna..")
                .check(SCHEDULING);
    }

    @Test
    void theApiNamesNoInternalTypeExceptTheModuleInstallingItsBindings() {
        noClasses().that().resideInAnyPackage("org.medcoord.scheduling", "org.medcoord.scheduling.spi")
                .and().doNotHaveSimpleName("SchedulingModule")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .check(SCHEDULING);
    }

    @Test
    void internalClassesArePackagePrivateUnlessGuiceOrServiceLoaderNeedThem() {
        classes().that().resideInAPackage("org.medcoord.scheduling.internal")
                .and().doNotHaveSimpleName("SchedulingBindings").and().doNotHaveSimpleName("SchedulingFeature")
                .and().doNotHaveSimpleName("package-info")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(SCHEDULING);
    }

    @Test
    void ical4jStaysInsideTheImplementation() {
        noClasses().that().resideOutsideOfPackage("org.medcoord.scheduling.internal..")
                .should().dependOnClassesThat().resideInAPackage("net.fortuna..")
                .check(SCHEDULING);
    }
}
