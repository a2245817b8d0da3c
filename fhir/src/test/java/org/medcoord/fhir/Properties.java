package org.medcoord.fhir;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plain JUnit property checks: a property runs over {@value #TRIES} cases, each generated from its own seed,
 * derived from a fixed base and the property's name, so every run checks the same cases and a failure names the
 * seed that reproduces it. {@code -Dmedcoord.property.seed=<seed>} checks that one seed first (a failing case
 * from elsewhere); {@code -Dmedcoord.property.tries=<n>} runs more (or fewer) cases.
 */
final class Properties {

    static final int TRIES = 200;

    private static final long BASE = 0x6668_6972_5F72_7470L;

    private Properties() {
    }

    /** Checks {@code property} for values of {@code generator}; a failure says which seed reproduces it. */
    static <T> void forAll(String name, Function<Random, T> generator, Consumer<T> property) {
        int tries = Integer.getInteger("medcoord.property.tries", TRIES);
        String extra = System.getProperty("medcoord.property.seed");
        if (extra != null && !extra.isBlank()) {
            check(name, Long.parseLong(extra.trim()), generator, property);
        }
        Random seeds = new Random(BASE ^ name.hashCode());
        for (int i = 0; i < tries; i++) {
            check(name, seeds.nextLong(), generator, property);
        }
    }

    private static <T> void check(String name, long seed, Function<Random, T> generator, Consumer<T> property) {
        T value = generator.apply(new Random(seed));
        try {
            property.accept(value);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("property '" + name + "' fails for seed " + seed + " (rerun it with -Dmedcoord.property.seed=" + seed
                    + "): " + e.getMessage(), e);
        }
    }
}
