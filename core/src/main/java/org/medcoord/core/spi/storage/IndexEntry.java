package org.medcoord.core.spi.storage;

import java.util.Objects;

/**
 * One index entry of a document. A document may have several entries for one field (a patient with two
 * phone numbers); an equality predicate matches when any of them matches.
 *
 * @param field the field name, 1 to 64 characters
 * @param value the (already tokenised, where it identifies a person) value
 * @since 0.1.0
 */
public record IndexEntry(String field, IndexValue value) {
    public IndexEntry {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (field.isEmpty() || field.length() > 64) {
            throw new IllegalArgumentException("index field names are 1 to 64 characters");
        }
    }

    /** Never prints the value. */
    @Override
    public String toString() {
        return "IndexEntry[" + field + "]";
    }
}
