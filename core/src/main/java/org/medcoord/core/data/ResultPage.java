package org.medcoord.core.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of typed query results.
 *
 * @param items         the results
 * @param nextPageToken an opaque token for {@link Criteria#after(String)}; empty on the last page
 * @param <T>           the item type
 * @since 0.1.0
 */
public record ResultPage<T>(List<T> items, Optional<String> nextPageToken) {
    public ResultPage {
        items = List.copyOf(items);
        java.util.Objects.requireNonNull(nextPageToken, "nextPageToken");
    }

    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), nextPageToken);
    }
}
