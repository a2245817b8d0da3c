package org.medcoord.core;

import java.util.Objects;

/**
 * One problem with an input: which field, a stable code and a message without PHI.
 *
 * @param field   the path of the offending field, for example {@code "lines[2].modifiers"}
 * @param code    a stable code, {@code MC-<AREA>-<NNN>}
 * @param message what is wrong and what is expected; never the offending value when it may be PHI
 * @since 0.1.0
 */
public record Violation(String field, String code, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + " " + field + ": " + message;
    }
}
