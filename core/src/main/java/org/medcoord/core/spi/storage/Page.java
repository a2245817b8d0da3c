package org.medcoord.core.spi.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of query results.
 *
 * @param items the results, in order
 * @param next  the cursor for the next page; empty when this is the last page
 * @param <T>   the result type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {
    public Page {
        items = List.copyOf(items);
        java.util.Objects.requireNonNull(next, "next");
    }

    /** @return the same page with every item mapped */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
