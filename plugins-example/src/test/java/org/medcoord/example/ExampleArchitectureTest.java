package org.medcoord.example;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a vendor copies uses MedCoord's public API and SPI only. */
class ExampleArchitectureTest {

    private static JavaClasses example;

    @BeforeAll
    static void importExample() {
        example = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord.example");
    }

    @Test
    void theExampleUsesNoInternalPackageAndNoGuice() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.medcoord..internal..", "com.google.inject..",
                "com.fasterxml..").check(example);
    }

    @Test
    void theDemoIsPackagePrivateExceptItsEntryPoint() {
        classes().that().resideInAPackage("org.medcoord.example.demo").and().doNotHaveSimpleName("ClinicDay")
                .should().notBePublic().check(example);
    }
}
