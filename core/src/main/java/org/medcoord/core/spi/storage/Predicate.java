package org.medcoord.core.spi.storage;

import java.util.List;
import java.util.Objects;

/**
 * A condition on one indexed field. A document matches when any of its entries for the field matches.
 *
 * @since 0.1.0
 */
public sealed interface Predicate {

    /** @return the field the predicate tests */
    String field();

    /** The field equals {@code value}. */
    record Equals(String field, IndexValue value) implements Predicate {
        public Equals {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code from <= field < to}; either bound may be {@code null} for an open end, not both.
     * Both bounds, when present, are of the same kind.
     */
    record Range(String field, IndexValue fromInclusive, IndexValue toExclusive) implements Predicate {
        public Range {
            Objects.requireNonNull(field, "field");
            if (fromInclusive == null && toExclusive == null) {
                throw new IllegalArgumentException("a range needs at least one bound");
            }
            if (fromInclusive != null && toExclusive != null && fromInclusive.getClass() != toExclusive.getClass()) {
                throw new IllegalArgumentException("range bounds must be of one kind");
            }
        }
    }

    /** The field equals one of {@code values} (at least one, at most 1000). */
    record In(String field, List<IndexValue> values) implements Predicate {
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            if (values.isEmpty() || values.size() > 1000) {
                throw new IllegalArgumentException("an In predicate takes 1 to 1000 values");
            }
        }
    }
}
