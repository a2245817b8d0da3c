package org.medcoord.core.spi.storage;

import java.util.List;
import java.util.Objects;

/**
 * Documents of one type matching every predicate (a conjunction), in {@code order} (or by id when
 * {@code order} is {@code null}), at most {@code limit}, starting after {@code after} when given.
 *
 * @param type  the document type
 * @param where the predicates, all of which must hold (empty: every document of the type)
 * @param order the order, or {@code null} for ascending by id
 * @param limit 1 to 10,000
 * @param after the cursor of the previous page, or {@code null} for the first
 * @since 0.1.0
 */
public record Query(String type, List<Predicate> where, Order order, int limit, Cursor after) {
    public Query {
        Objects.requireNonNull(type, "type");
        where = List.copyOf(where);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("query limit must be 1 to 10000, was " + limit);
        }
    }

    /** @return every document of {@code type} matching {@code where}, by id, first {@code limit} */
    public static Query of(String type, List<Predicate> where, int limit) {
        return new Query(type, where, null, limit, null);
    }

    /** @return this query starting after {@code cursor} */
    public Query after(Cursor cursor) {
        return new Query(type, where, order, limit, cursor);
    }
}
