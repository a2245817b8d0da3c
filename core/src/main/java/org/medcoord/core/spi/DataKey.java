package org.medcoord.core.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secret key and its id. The id is stored beside every ciphertext so that old data stays readable
 * after the active key rotates.
 *
 * @param id       1 to 64 characters of {@code [A-Za-z0-9._-]}
 * @param material exactly 32 bytes
 * @since 0.1.0
 */
public record DataKey(String id, byte[] material) {
    public DataKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(material, "material");
        if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a key id is 1 to 64 characters of [A-Za-z0-9._-]");
        }
        if (material.length != 32) {
            throw new IllegalArgumentException("a key is exactly 32 bytes (256 bits), was " + material.length);
        }
        material = material.clone();
    }

    @Override
    public byte[] material() {
        return material.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey k && k.id.equals(id) && Arrays.equals(k.material, material);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints the key material. */
    @Override
    public String toString() {
        return "DataKey[" + id + "]";
    }
}
