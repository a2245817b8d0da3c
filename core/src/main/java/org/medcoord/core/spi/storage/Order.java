package org.medcoord.core.spi.storage;

import java.util.Objects;

/**
 * Sort order of a query: by one indexed field, ties broken by document id in the same direction.
 * Documents with no entry for the field are not returned by an ordered query; a document with several
 * entries for it sorts by its smallest.
 *
 * @param field     the indexed field
 * @param ascending true for ascending
 * @since 0.1.0
 */
public record Order(String field, boolean ascending) {
    public Order {
        Objects.requireNonNull(field, "field");
    }

    public static Order asc(String field) {
        return new Order(field, true);
    }

    public static Order desc(String field) {
        return new Order(field, false);
    }
}
