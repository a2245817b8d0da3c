package org.medcoord.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: carries every violation found, not just the first, so that a caller can fix them all
 * at once. Nothing was stored when this is thrown.
 *
 * @since 0.1.0
 */
public class ValidationException extends MedCoordException {

    private static final long serialVersionUID = 1L;
    /** The code of every {@code ValidationException}; each violation carries its own code too. */
    public static final String CODE = "MC-VALID-001";

    private final transient List<Violation> violations;

    /** @param violations at least one violation */
    public ValidationException(List<Violation> violations) {
        super(CODE, describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return violations.size() + " invalid field(s): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** @return every violation, in the order found */
    public List<Violation> violations() {
        return violations;
    }
}
