package org.medcoord.core.spi.storage;

import java.util.Objects;

/**
 * Where the next page starts: after the document with id {@code lastId} whose order value was
 * {@code lastValue} ({@code null} when the query has no order field; then documents sort by id).
 *
 * @param lastValue the order-field value of the last document returned, or {@code null}
 * @param lastId    the id of the last document returned
 * @since 0.1.0
 */
public record Cursor(IndexValue lastValue, String lastId) {
    public Cursor {
        Objects.requireNonNull(lastId, "lastId");
    }
}
