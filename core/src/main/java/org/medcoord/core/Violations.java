package org.medcoord.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a command is checked, then throws them together (Guice's
 * {@code Binder.addError} style). Not thread-safe: one instance per validation.
 *
 * @since 0.1.0
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    /** Records a violation. */
    public Violations add(String field, String code, String message) {
        found.add(new Violation(field, code, message));
        return this;
    }

    /** Records a violation when {@code condition} is true. */
    public Violations addIf(boolean condition, String field, String code, String message) {
        if (condition) {
            add(field, code, message);
        }
        return this;
    }

    /** Records every violation of another collection, with its fields prefixed. */
    public Violations addAll(String prefix, List<Violation> violations) {
        for (Violation v : violations) {
            found.add(new Violation(prefix.isEmpty() ? v.field() : prefix + "." + v.field(), v.code(), v.message()));
        }
        return this;
    }

    /** @return true when nothing was found */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return what was found so far */
    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** @throws ValidationException listing everything found, when anything was */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
