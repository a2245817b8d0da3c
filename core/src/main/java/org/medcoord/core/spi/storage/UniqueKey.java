package org.medcoord.core.spi.storage;

import java.util.Objects;

/**
 * A value that at most one document of a tenant may hold under {@code name}, enforced by the engine
 * (a primary key or its equivalent), never by check-then-insert.
 *
 * @param name  the key's name, for example {@code "patient.mrn"}
 * @param value the (already tokenised) value, at most 512 characters
 * @since 0.1.0
 */
public record UniqueKey(String name, String value) {
    public UniqueKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || name.length() > 128 || value.length() > 512) {
            throw new IllegalArgumentException("unique key names are 1 to 128 characters, values at most 512");
        }
    }

    /** Never prints the value. */
    @Override
    public String toString() {
        return "UniqueKey[" + name + "]";
    }
}
