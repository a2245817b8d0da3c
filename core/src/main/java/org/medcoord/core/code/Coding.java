package org.medcoord.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A code in a code system, as FHIR's {@code Coding}: {@code (http://hl7.org/fhir/sid/icd-10-cm, E11.9,
 * "Type 2 diabetes mellitus without complications")}.
 *
 * <p>The constructor only normalises: it strips surrounding white space, and turns a blank display into
 * {@code null}. It does not check the code, so that a command holding many codings can report every bad
 * one at once through a {@link CodeValidator}.
 *
 * @param system  the code system's canonical URI, see {@link CodeSystems}
 * @param code    the code as written in that system
 * @param display the human-readable text, or {@code null} when none was given
 * @since 0.1.0
 */
public record Coding(String system, String code, String display) {

    public Coding {
        system = Objects.requireNonNull(system, "system").strip();
        code = Objects.requireNonNull(code, "code").strip();
        display = display == null || display.isBlank() ? null : display.strip();
    }

    /** @return a coding without display text */
    public static Coding of(String system, String code) {
        return new Coding(system, code, null);
    }

    /** @return the display text, when there is one */
    public Optional<String> displayText() {
        return Optional.ofNullable(display);
    }

    /** @return a copy with {@code newDisplay} as its display text */
    public Coding withDisplay(String newDisplay) {
        return new Coding(system, code, newDisplay);
    }
}
