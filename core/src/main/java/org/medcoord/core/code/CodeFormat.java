package org.medcoord.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Violation;

/**
 * The written form of one kind of code (ICD-10-CM, CPT, NDC, ...): whether a code is well formed, and its
 * canonical spelling. A format check says nothing about whether the code exists; that takes the code
 * system's table (see {@link org.medcoord.core.spi.CodeSystem}).
 *
 * <p>Every check ignores surrounding white space and letter case; {@link #normalize(String)} gives the
 * form to store and send on claims. The instances are the constants of {@link CodeFormats}. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class CodeFormat {

    /** The outcome of reading one code: its canonical form, or why it is malformed. */
    record Reading(String canonical, String code, String message) {
        static Reading valid(String canonical) {
            return new Reading(canonical, null, null);
        }

        static Reading invalid(String code, String message) {
            return new Reading(null, code, message);
        }
    }

    /** Reads a stripped, upper-case, non-blank code. */
    @FunctionalInterface
    interface Reader {
        Reading read(String code);
    }

    static final String BLANK = "MC-CODE-001";

    private final String name;
    private final String system;
    private final Reader reader;

    CodeFormat(String name, String system, Reader reader) {
        this.name = name;
        this.system = system;
        this.reader = reader;
    }

    /** @return the format's name, for example {@code "ICD-10-CM"} */
    public String name() {
        return name;
    }

    /** @return the code system URI this format belongs to; empty for modifiers, which belong to CPT and HCPCS */
    public Optional<String> system() {
        return Optional.ofNullable(system);
    }

    /**
     * Checks the form of {@code code}.
     *
     * @param field the field to name in a violation, for example {@code "lines[0].procedure"}
     * @param code  the code as entered; may be {@code null}
     * @return nothing when the code is well formed, otherwise one violation ({@code MC-CODE-001} when it is
     *         missing or blank)
     */
    public List<Violation> check(String field, String code) {
        Objects.requireNonNull(field, "field");
        if (code == null || code.isBlank()) {
            return List.of(new Violation(field, BLANK, "a " + name + " code is required"));
        }
        Reading reading = read(code);
        return reading.canonical() != null ? List.of() : List.of(new Violation(field, reading.code(), reading.message()));
    }

    /** @return true when {@code code} is well formed */
    public boolean isValid(String code) {
        return code != null && !code.isBlank() && read(code).canonical() != null;
    }

    /**
     * @return the canonical spelling of {@code code} (for example {@code E11.9} for {@code "e119"}, or the
     *         11-digit form of an NDC), or empty when it is not well formed; {@link #check} says why
     */
    public Optional<String> normalize(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(code).canonical());
    }

    private Reading read(String code) {
        return reader.read(code.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
