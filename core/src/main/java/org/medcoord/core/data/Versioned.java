package org.medcoord.core.data;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored value with its id and version (for optimistic updates).
 *
 * @param id      the document id
 * @param version the version to pass to the next update
 * @param value   the decrypted value
 * @param written when this version was written
 * @param <T>     the value type
 * @since 0.1.0
 */
public record Versioned<T>(String id, long version, T value, Instant written) {
    public Versioned {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(written, "written");
    }

    /** Prints the id and version only: the value may hold PHI. */
    @Override
    public String toString() {
        return "Versioned[" + id + " v" + version + "]";
    }
}
