package org.medcoord.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medcoord.archfixture.ReachesIntoCoreInternals;
import org.medcoord.core.archfixture.LeakyApi;
import org.medcoord.core.archfixture.spi.BadSpi;

class ArchitectureTest {

    /** Core's main classes: the test sources, fixtures included, are left out. */
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.medcoord");
    }

    @Test
    void theRulesSeeCoresMainClassesAndNoFixture() {
        assertThat(core.contain(MedCoord.class)).isTrue();
        assertThat(core.contain("org.medcoord.core.internal.bootstrap.Discovery")).isTrue();
        assertThat(core.contain(BadSpi.class)).isFalse();
        assertThat(core.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void everyClassIsInAModulePackage() {
        ArchitectureRules.EVERY_CLASS_IS_IN_A_MODULE_PACKAGE.check(core);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS.check(core);
    }

    @Test
    void spiSignaturesArePlainJava() {
        ArchitectureRules.SPI_SIGNATURES_ARE_PLAIN.check(core);
    }

    @Test
    void apiSignaturesHideInternals() {
        ArchitectureRules.API_SIGNATURES_HIDE_INTERNALS.check(core);
    }

    @Test
    void coreKnowsNoDomainModule() {
        ArchitectureRules.CORE_KNOWS_NO_DOMAIN_MODULE.check(core);
    }

    @Test
    void coresApiAndSpiPackagesAreFreeOfCycles() {
        ArchitectureRules.apiPackagesAreFreeOfCycles("core").check(core);
    }

    @Test
    void coresInternalPackagesAreFreeOfCycles() {
        ArchitectureRules.internalPackagesAreFreeOfCycles("core").check(core);
    }

    @Nested
    @DisplayName("each rule fails on a class that breaks it")
    class RulesCatchViolations {

        private final JavaClasses fixtures = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.medcoord.core.archfixture", "org.medcoord.archfixture");

        @Test
        @DisplayName("an SPI exposing Guice, Jackson or internal types fails, naming each method and type")
        void spiExposingGuiceJacksonOrInternalsFails() {
            assertThatThrownBy(() -> ArchitectureRules.SPI_SIGNATURES_ARE_PLAIN.check(fixtures))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("(3 times)")
                    .hasMessageContaining(BadSpi.class.getName() + ".configure(com.google.inject.Binder) exposes com.google.inject.Binder")
                    .hasMessageContaining(BadSpi.class.getName() + ".describe() exposes com.fasterxml.jackson.databind.JsonNode")
                    .hasMessageContaining(BadSpi.class.getName() + ".discoveries() exposes org.medcoord.core.internal.bootstrap.Discovery");
        }

        @Test
        @DisplayName("an API method returning an internal type fails, even inside a type argument; private members do not count")
        void apiLeakingAnInternalTypeFails() {
            assertThatThrownBy(() -> ArchitectureRules.API_SIGNATURES_HIDE_INTERNALS.check(fixtures))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(LeakyApi.class.getName() + ".discovery() exposes org.medcoord.core.internal.bootstrap.Discovery")
                    .hasMessageNotContaining("hidden()")
                    .hasMessageNotContaining("LeakyApi.<init>");
        }

        @Test
        @DisplayName("another module using core's internals fails")
        void anotherModuleUsingCoreInternalsFails() {
            assertThatThrownBy(() -> ArchitectureRules.NO_MODULE_USES_ANOTHER_MODULES_INTERNALS.check(fixtures))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining(ReachesIntoCoreInternals.class.getName() + ".problems()")
                    .hasMessageContaining("org.medcoord.core.internal.bootstrap.Discovery")
                    .hasMessageNotContaining("LeakyApi");
        }

        @Test
        @DisplayName("two packages that use each other fail the cycle rule")
        void packageCycleFails() {
            assertThatThrownBy(() -> ArchitectureRules.noCyclesBetween("org.medcoord.core.archfixture.cycle.(*)..").check(fixtures))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected: Slice a -> ");
        }
    }
}
