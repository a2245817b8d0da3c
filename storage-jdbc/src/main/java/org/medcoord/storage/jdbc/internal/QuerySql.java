package org.medcoord.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.spi.storage.Cursor;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.Order;
import org.medcoord.core.spi.storage.Predicate;
import org.medcoord.core.spi.storage.Query;

/**
 * Translates a {@link Query} into one SQL statement and its parameters.
 *
 * <p>Injection-safe by construction: the SQL text is assembled only from the fixed fragments in this
 * class; field names, values, the order field, the cursor and the limit are all bind parameters. The
 * number of predicates and of {@code IN} values changes only how many fixed fragments repeat.
 *
 * <p>One predicate drives (see {@link #driver}); each other one is an {@code EXISTS} probe on the
 * document's own entries (a document matches when any of its entries for the field matches); the order value is the document's smallest entry for the order field,
 * found by a scalar subquery, and documents without one drop out, as the SPI says.
 */
final class QuerySql {

    private final StringBuilder sql = new StringBuilder(512);
    private final List<Object> params = new ArrayList<>();
    private final boolean ordered;

    private QuerySql(boolean ordered) {
        this.ordered = ordered;
    }

    /** @return the SQL text */
    String sql() {
        return sql.toString();
    }

    /** @return the bind parameters in order: {@code String}, {@code byte[]} or {@code Integer} */
    List<Object> params() {
        return params;
    }

    boolean ordered() {
        return ordered;
    }

    /** Selects id, version, body, written and (when ordered) the order value {@code sort_value}, at most {@code limit + 1} rows. */
    static QuerySql of(String tenant, Query query) {
        Order order = query.order();
        QuerySql q = new QuerySql(order != null);
        q.sql.append("SELECT q.* FROM (SELECT d.id, d.version, d.body, d.written");
        if (order != null) {
            q.sql.append(", (SELECT o.val FROM mc_index_entries o WHERE o.tenant = d.tenant AND o.type = d.type"
                    + " AND o.id = d.id AND o.field = ? ORDER BY o.val LIMIT 1) AS sort_value");
            q.params.add(order.field());
        }
        List<Predicate> filters = new ArrayList<>(query.where());
        Optional<Predicate> driver = driver(filters);
        q.sql.append(" FROM ");
        if (driver.isPresent()) {
            // The most selective-looking predicate is answered first, from the value index, and the documents
            // are fetched by primary key for its matches only. Left to themselves, planners may instead walk
            // every document of the type and probe each (H2 always does for EXISTS and for id IN (subquery)),
            // which makes a booking's check grow with the table.
            filters.remove(driver.get());
            // an equality matches at most one entry per document (the entries' primary key); In and Range may match several
            q.sql.append(driver.get() instanceof Predicate.Equals ? "(SELECT m.id" : "(SELECT DISTINCT m.id");
            q.sql.append(" FROM mc_index_entries m WHERE m.tenant = ? AND m.type = ? AND m.field = ? AND ");
            q.params.add(tenant);
            q.params.add(query.type());
            q.params.add(driver.get().field());
            q.condition("m", driver.get());
            q.sql.append(") p JOIN mc_documents d ON d.id = p.id");
        } else {
            q.sql.append("mc_documents d");
        }
        q.sql.append(" WHERE d.tenant = ? AND d.type = ?");
        q.params.add(tenant);
        q.params.add(query.type());
        for (Predicate predicate : filters) {
            // the other predicates probe the candidates' own entries through the entries' primary key
            q.sql.append(" AND EXISTS (SELECT 1 FROM mc_index_entries i WHERE i.tenant = d.tenant AND i.type = d.type"
                    + " AND i.id = d.id AND i.field = ? AND ");
            q.params.add(predicate.field());
            q.condition("i", predicate);
            q.sql.append(')');
        }
        q.sql.append(") q WHERE ");
        q.sql.append(order != null ? "q.sort_value IS NOT NULL" : "1 = 1");
        Cursor after = query.after();
        boolean ascending = order == null || order.ascending();
        String beyond = ascending ? " > " : " < ";
        if (after != null) {
            if (order != null) {
                if (after.lastValue() == null) {
                    throw new IllegalArgumentException("the cursor of an ordered query needs the last order value");
                }
                byte[] last = IndexValueCodec.encode(after.lastValue());
                q.sql.append(" AND (q.sort_value").append(beyond).append("? OR (q.sort_value = ? AND q.id").append(beyond).append("?))");
                q.params.add(last);
                q.params.add(last);
                q.params.add(after.lastId());
            } else {
                q.sql.append(" AND q.id > ?");
                q.params.add(after.lastId());
            }
        }
        String direction = ascending ? " ASC" : " DESC";
        q.sql.append(" ORDER BY ");
        if (order != null) {
            q.sql.append("q.sort_value").append(direction).append(", ");
        }
        q.sql.append("q.id").append(direction).append(" LIMIT ?");
        q.params.add(query.limit() + 1);
        return q;
    }

    /** @return the predicate to start from: an equality if any, else an In, else a range */
    private static Optional<Predicate> driver(List<Predicate> predicates) {
        for (Class<?> kind : List.of(Predicate.Equals.class, Predicate.In.class, Predicate.Range.class)) {
            for (Predicate p : predicates) {
                if (kind.isInstance(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private void condition(String alias, Predicate predicate) {
        if (predicate instanceof Predicate.Equals equals) {
            sql.append(alias).append(".val = ?");
            params.add(IndexValueCodec.encode(equals.value()));
        } else if (predicate instanceof Predicate.In in) {
            sql.append(alias).append(".val IN (");
            for (int n = 0; n < in.values().size(); n++) {
                sql.append(n == 0 ? "?" : ", ?");
                params.add(IndexValueCodec.encode(in.values().get(n)));
            }
            sql.append(')');
        } else {
            Predicate.Range range = (Predicate.Range) predicate;
            IndexValue from = range.fromInclusive();
            IndexValue to = range.toExclusive();
            // an open end is bounded by its kind, so that a range never reaches values of another kind
            byte kind = IndexValueCodec.kind(from != null ? from : to);
            sql.append(alias).append(".val >= ? AND ").append(alias).append(".val < ?");
            params.add(from != null ? IndexValueCodec.encode(from) : IndexValueCodec.lowestOf(kind));
            params.add(to != null ? IndexValueCodec.encode(to) : IndexValueCodec.aboveAllOf(kind));
        }
    }
}
