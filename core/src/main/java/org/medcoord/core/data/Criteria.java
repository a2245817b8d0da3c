package org.medcoord.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query over one document type in domain terms: values are plain (Strings, numbers, Instants); core
 * tokenises values of PERSONAL fields and checks every field is declared and supports the operation.
 * Immutable; each method returns a new instance.
 *
 * @since 0.1.0
 */
public final class Criteria {

    /** One condition. */
    public sealed interface Condition {
        String field();
    }

    /** {@code field = value}. */
    public record Eq(String field, Object value) implements Condition {
        public Eq {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code from <= field < to}; either bound may be null. */
    public record Between(String field, Object fromInclusive, Object toExclusive) implements Condition {
        public Between {
            Objects.requireNonNull(field, "field");
        }
    }

    /** {@code field in values}. */
    public record AnyOf(String field, List<?> values) implements Condition {
        public AnyOf {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
        }
    }

    private final List<Condition> conditions;
    private final String orderBy;
    private final boolean ascending;
    private final int limit;
    private final String after;

    private Criteria(List<Condition> conditions, String orderBy, boolean ascending, int limit, String after) {
        this.conditions = List.copyOf(conditions);
        this.orderBy = orderBy;
        this.ascending = ascending;
        this.limit = limit;
        this.after = after;
    }

    /** @return criteria matching every document, first 100 by id */
    public static Criteria all() {
        return new Criteria(List.of(), null, true, 100, null);
    }

    private Criteria with(Condition condition) {
        List<Condition> next = new ArrayList<>(conditions);
        next.add(condition);
        return new Criteria(next, orderBy, ascending, limit, after);
    }

    public Criteria eq(String field, Object value) {
        return with(new Eq(field, value));
    }

    public Criteria between(String field, Object fromInclusive, Object toExclusive) {
        return with(new Between(field, fromInclusive, toExclusive));
    }

    public Criteria anyOf(String field, List<?> values) {
        return with(new AnyOf(field, values));
    }

    public Criteria orderBy(String field, boolean asc) {
        return new Criteria(conditions, field, asc, limit, after);
    }

    /** @param max 1 to 10,000 */
    public Criteria limit(int max) {
        return new Criteria(conditions, orderBy, ascending, max, after);
    }

    /** @param pageToken the {@link ResultPage#nextPageToken()} of the previous page */
    public Criteria after(String pageToken) {
        return new Criteria(conditions, orderBy, ascending, limit, pageToken);
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public Optional<String> orderBy() {
        return Optional.ofNullable(orderBy);
    }

    public boolean ascending() {
        return ascending;
    }

    public int limit() {
        return limit;
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(after);
    }

    /** Lists fields only: condition values may be PHI. */
    @Override
    public String toString() {
        return "Criteria" + conditions.stream().map(Condition::field).toList();
    }
}
