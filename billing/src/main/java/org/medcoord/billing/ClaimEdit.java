package org.medcoord.billing;

import java.util.Objects;

/**
 * One finding of the scrubber (an "edit" in billing parlance). Messages never contain PHI.
 *
 * @param code     a stable code: {@code MC-BILL-3NN} for built-in edits, the rule's own code for
 *                 {@link org.medcoord.billing.spi.ClaimRule}s
 * @param severity error (blocks submission) or warning
 * @param field    the offending field, for example {@code "lines[2].procedure"}
 * @param message  what is wrong and how to fix it
 * @param rule     the id of the rule that raised it ({@code "builtin"} for built-in edits)
 * @since 0.1.0
 */
public record ClaimEdit(String code, EditSeverity severity, String field, String message, String rule) {
    /** Checks the components are present. */
    public ClaimEdit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * @param code    the edit's code
     * @param field   the field
     * @param message the message
     * @param rule    the rule id
     * @return an error edit
     */
    public static ClaimEdit error(String code, String field, String message, String rule) {
        return new ClaimEdit(code, EditSeverity.ERROR, field, message, rule);
    }

    /**
     * @param code    the edit's code
     * @param field   the field
     * @param message the message
     * @param rule    the rule id
     * @return a warning edit
     */
    public static ClaimEdit warning(String code, String field, String message, String rule) {
        return new ClaimEdit(code, EditSeverity.WARNING, field, message, rule);
    }

    /** @return true when it blocks submission */
    public boolean blocking() {
        return severity == EditSeverity.ERROR;
    }
}
