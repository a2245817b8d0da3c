package org.medcoord.records;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The package tiers of ARCHITECTURE.md, applied to the records module. */
@AnalyzeClasses(packages = "org.medcoord.records", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule recordsUsesNoOtherModulesInternals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.medcoord.core.internal..")
            .as("records uses core's API only, never its internal packages");

    @ArchTest
    static final ArchRule recordsDependsOnNoOtherDomain = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.medcoord.scheduling..", "org.medcoord.billing..",
                    "org.medcoord.inventory..", "org.medcoord.coordination..", "org.medcoord.fhir..")
            .as("records depends on core only");

    @ArchTest
    static final ArchRule apiSignaturesHideInternals = classes()
            .that().resideInAPackage("org.medcoord.records")
            .should(new ArchCondition<JavaClass>("use no internal type in public signatures") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
                        boolean leaks = m.getRawReturnType().getPackageName().contains(".internal")
                                || m.getRawParameterTypes().stream().anyMatch(p -> p.getPackageName().contains(".internal"));
                        if (leaks) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " exposes an internal type"));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule internalClassesAreFinal = classes()
            .that().resideInAPackage("org.medcoord.records.internal").and().areNotInterfaces().and().areNotRecords()
            .and().areTopLevelClasses()
            .should().haveModifier(JavaModifier.FINAL)
            .as("internal classes are final");
}
