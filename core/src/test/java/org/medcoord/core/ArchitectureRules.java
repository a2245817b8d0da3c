package org.medcoord.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * MedCoord's package rules (ARCHITECTURE.md "Packages: three tiers in every module"), written so that any
 * module can apply them to its own classes. They live in core's test sources until there is an
 * architecture test module to share them from.
 */
public final class ArchitectureRules {

    private static final String ROOT = "org.medcoord.";

    /** Every class lives in {@code org.medcoord.<module>} or below. */
    public static final ArchRule EVERY_CLASS_IS_IN_A_MODULE_PACKAGE = classes()
            .should().resideInAPackage("org.medcoord.*..")
            .as("every class is in org.medcoord.<module>..");

    /**
     * Nothing outside a module uses that module's {@code internal} packages: neither another module's API
     * nor its internals. (A module's own API may use its own internals, for example its Guice module
     * binding the implementations.)
     */
    public static final ArchRule NO_MODULE_USES_ANOTHER_MODULES_INTERNALS = classes()
            .should(notDependOnAnotherModulesInternals())
            .as("no class uses the internal packages of another module");

    /** Vendors implement plain interfaces: no Guice, no Jackson and no internal types in SPI signatures. */
    public static final ArchRule SPI_SIGNATURES_ARE_PLAIN = classes()
            .that().resideInAPackage("org.medcoord..spi..")
            .should(notMentionInPublicSignatures(internalGuiceOrJackson()))
            .as("spi signatures use no internal, Guice or Jackson types");

    /** Internal types never appear in the public signatures of API (or SPI) classes. */
    public static final ArchRule API_SIGNATURES_HIDE_INTERNALS = classes()
            .that().resideOutsideOfPackage("..internal..")
            .should(notMentionInPublicSignatures(internal()))
            .as("public signatures outside internal packages use no internal types");

    /** Core is the kernel: it knows no domain module. */
    public static final ArchRule CORE_KNOWS_NO_DOMAIN_MODULE = noClasses()
            .that().resideInAPackage("org.medcoord.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.medcoord.scheduling..", "org.medcoord.records..",
                    "org.medcoord.billing..", "org.medcoord.inventory..", "org.medcoord.coordination..", "org.medcoord.fhir..")
            .as("core depends on no domain module");

    private ArchitectureRules() {
    }

    /**
     * No cycles between the API and SPI sub-packages of {@code module}, each sub-package with everything
     * below it as one slice ({@code spi} includes {@code spi.storage}).
     *
     * <p>Two kinds of dependency are left out on purpose. The module's root package is not a slice: it is
     * the entry point ({@code MedCoord}, the exceptions, ids) that every sub-package uses, and the entry
     * point in turn names SPI types on its builder ({@code storage(StorageProvider)}), so root and
     * {@code spi} always depend on each other. And the internal packages are not slices here: the entry
     * point hands its work to {@code internal.bootstrap}, which implements the API, so API -> internal ->
     * API is how an API with a hidden implementation is built. What stays forbidden is a cycle among the
     * public sub-packages themselves, and (see {@link #internalPackagesAreFreeOfCycles}) among the
     * internal ones.
     */
    public static ArchRule apiPackagesAreFreeOfCycles(String module) {
        return slices().matching(ROOT + module + ".(*)..")
                .that(new DescribedPredicate<>("are not internal") {
                    @Override
                    public boolean test(com.tngtech.archunit.library.dependencies.Slice slice) {
                        return !slice.getNamePart(1).equals("internal");
                    }
                })
                .should().beFreeOfCycles()
                .as("the API and SPI packages of " + module + " are free of cycles");
    }

    /** No cycles between the sub-packages of {@code org.medcoord.<module>.internal}. */
    public static ArchRule internalPackagesAreFreeOfCycles(String module) {
        return slices().matching(ROOT + module + ".internal.(*)..").should().beFreeOfCycles()
                .as("the internal packages of " + module + " are free of cycles");
    }

    /** No cycles between the slices {@code pattern} defines, for example {@code "org.medcoord.x.(*).."}. */
    public static ArchRule noCyclesBetween(String pattern) {
        return slices().matching(pattern).should().beFreeOfCycles();
    }

    /** @return the module of a package, {@code "core"} for {@code org.medcoord.core.spi}; empty outside MedCoord */
    static String moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return "";
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInternal(String packageName) {
        String module = moduleOf(packageName);
        return !module.isEmpty() && (packageName + ".").startsWith(ROOT + module + ".internal.");
    }

    static DescribedPredicate<JavaClass> internal() {
        return DescribedPredicate.describe("internal types", type -> isInternal(type.getBaseComponentType().getPackageName()));
    }

    static DescribedPredicate<JavaClass> internalGuiceOrJackson() {
        return DescribedPredicate.describe("internal, Guice or Jackson types", type -> {
            String pkg = type.getBaseComponentType().getPackageName();
            return isInternal(pkg) || pkg.equals("com.google.inject") || pkg.startsWith("com.google.inject.")
                    || pkg.equals("com.fasterxml") || pkg.startsWith("com.fasterxml.");
        });
    }

    static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
        return new ArchCondition<>("not depend on another module's internal packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String module = moduleOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    if (isInternal(target) && !moduleOf(target).equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Looks at what callers and implementers see: the public and protected fields, constructors and methods
     * of public classes (parameter, return and exception types, including type arguments).
     */
    static ArchCondition<JavaClass> notMentionInPublicSignatures(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not mention " + forbidden.getDescription() + " in public signatures") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                if (!owner.getModifiers().contains(JavaModifier.PUBLIC)) {
                    return;
                }
                for (JavaMember member : owner.getMembers()) {
                    if (!isVisible(member)) {
                        continue;
                    }
                    for (JavaClass type : signatureTypes(member)) {
                        if (forbidden.test(type)) {
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getFullName() + " exposes " + type.getName() + " in " + member.getSourceCodeLocation()));
                        }
                    }
                }
            }
        };
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                && !modifiers.contains(JavaModifier.SYNTHETIC) && !modifiers.contains(JavaModifier.BRIDGE);
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField) {
            types.addAll(((JavaField) member).getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit) {
            JavaCodeUnit codeUnit = (JavaCodeUnit) member;
            types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
            codeUnit.getParameterTypes().forEach(parameter -> types.addAll(parameter.getAllInvolvedRawTypes()));
            types.addAll(codeUnit.getExceptionTypes());
        }
        return types;
    }
}
