package org.medcoord.core.internal.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.spi.storage.Cursor;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.Order;
import org.medcoord.core.spi.storage.Page;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;
import org.medcoord.core.spi.storage.StoredDocument;

/**
 * Evaluates a {@link Query} over revisions: predicate matching, ordering, cursor and limit.
 *
 * <p>Values compare only within their kind: a range bound never matches an entry of another kind. When
 * documents carry the order field in different kinds (a caller's mistake), kinds sort text, number,
 * instant, so ordering stays total instead of failing.
 */
final class DocumentQuery {

    private DocumentQuery() {
    }

    static boolean matches(Revision revision, List<Predicate> where) {
        for (Predicate predicate : where) {
            if (!matches(revision.values(predicate.field()), predicate)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(List<IndexValue> values, Predicate predicate) {
        for (IndexValue value : values) {
            if (predicate instanceof Predicate.Equals equals) {
                if (value.equals(equals.value())) {
                    return true;
                }
            } else if (predicate instanceof Predicate.Range range) {
                if (inRange(value, range)) {
                    return true;
                }
            } else if (predicate instanceof Predicate.In in) {
                if (in.values().contains(value)) {
                    return true;
                }
            } else {
                throw new IllegalArgumentException("unknown predicate " + predicate.getClass().getName());
            }
        }
        return false;
    }

    private static boolean inRange(IndexValue value, Predicate.Range range) {
        IndexValue from = range.fromInclusive();
        IndexValue to = range.toExclusive();
        if (from != null && (from.getClass() != value.getClass() || value.compareTo(from) < 0)) {
            return false;
        }
        return to == null || (to.getClass() == value.getClass() && value.compareTo(to) < 0);
    }

    /** A match with the value it sorts by ({@code null} when the query has no order). */
    private record Hit(Revision revision, IndexValue sortValue) {
    }

    static Page<StoredDocument> page(List<Revision> matches, Query query) {
        Order order = query.order();
        Cursor after = query.after();
        if (order != null && after != null && after.lastValue() == null) {
            throw new IllegalArgumentException("a cursor for an ordered query needs the last order value");
        }
        List<Hit> hits = new ArrayList<>(matches.size());
        for (Revision revision : matches) {
            IndexValue sortValue = null;
            if (order != null) {
                sortValue = smallest(revision.values(order.field()));
                if (sortValue == null) {
                    continue;
                }
            }
            Hit hit = new Hit(revision, sortValue);
            if (after == null || isAfter(hit, after, order)) {
                hits.add(hit);
            }
        }
        Comparator<Hit> comparator = order == null
                ? (a, b) -> compareIds(a.revision.id(), b.revision.id())
                : (a, b) -> compareHits(a, b, order.ascending());
        hits.sort(comparator);
        int limit = query.limit();
        boolean more = hits.size() > limit;
        List<Hit> shown = more ? hits.subList(0, limit) : hits;
        List<StoredDocument> items = new ArrayList<>(shown.size());
        for (Hit hit : shown) {
            items.add(hit.revision.document());
        }
        Optional<Cursor> next = Optional.empty();
        if (more) {
            Hit last = shown.get(shown.size() - 1);
            next = Optional.of(new Cursor(last.sortValue, last.revision.id()));
        }
        return new Page<>(items, next);
    }

    private static boolean isAfter(Hit hit, Cursor cursor, Order order) {
        if (order == null) {
            return compareIds(hit.revision.id(), cursor.lastId()) > 0;
        }
        int c = compareValues(hit.sortValue, cursor.lastValue());
        if (c == 0) {
            c = compareIds(hit.revision.id(), cursor.lastId());
        }
        return order.ascending() ? c > 0 : c < 0;
    }

    private static int compareHits(Hit a, Hit b, boolean ascending) {
        int c = compareValues(a.sortValue, b.sortValue);
        if (c == 0) {
            c = compareIds(a.revision.id(), b.revision.id());
        }
        return ascending ? c : -c;
    }

    private static IndexValue smallest(List<IndexValue> values) {
        IndexValue min = null;
        for (IndexValue value : values) {
            if (min == null || compareValues(value, min) < 0) {
                min = value;
            }
        }
        return min;
    }

    static int compareValues(IndexValue a, IndexValue b) {
        int byKind = Integer.compare(kind(a), kind(b));
        return byKind != 0 ? byKind : a.compareTo(b);
    }

    private static int kind(IndexValue value) {
        if (value instanceof IndexValue.Text) {
            return 0;
        }
        return value instanceof IndexValue.Numeric ? 1 : 2;
    }

    /** Ids compare by Unicode code point, like text values (SQL {@code COLLATE "C"}). */
    static int compareIds(String a, String b) {
        return IndexValue.compareText(a, b);
    }
}
