package org.medcoord.core.spi.storage;

import java.util.Objects;

/**
 * Names a document (or a lock) within a tenant.
 *
 * @param type the document type, for example {@code "patient"}; 1 to 64 characters
 * @param id   the document id, usually a UUID; 1 to 200 characters
 * @since 0.1.0
 */
public record DocumentKey(String type, String id) implements Comparable<DocumentKey> {
    public DocumentKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isEmpty() || type.length() > 64) {
            throw new IllegalArgumentException("document type must be 1 to 64 characters");
        }
        if (id.isEmpty() || id.length() > 200) {
            throw new IllegalArgumentException("document id must be 1 to 200 characters");
        }
    }

    /** Orders by type, then id: the canonical order for taking several locks. */
    @Override
    public int compareTo(DocumentKey other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
