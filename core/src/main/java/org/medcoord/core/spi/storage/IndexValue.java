package org.medcoord.core.spi.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A value in an index entry. Values of one kind compare with each other only: text by Unicode code
 * point (SQL {@code COLLATE "C"}), numbers numerically, instants chronologically (microsecond
 * precision is all an engine must keep).
 *
 * @since 0.1.0
 */
public sealed interface IndexValue extends Comparable<IndexValue> {

    /** @return a text value (a token, a status, a code, a composite key such as {@code resource|day}) */
    static IndexValue text(String value) {
        return new Text(value);
    }

    /** @return a numeric value */
    static IndexValue number(long value) {
        return new Numeric(value);
    }

    /** @return an instant value */
    static IndexValue instant(Instant value) {
        return new Timestamp(value);
    }

    /** Text, at most 512 characters. */
    record Text(String value) implements IndexValue {
        public Text {
            Objects.requireNonNull(value, "value");
            if (value.length() > 512) {
                throw new IllegalArgumentException("index text values are at most 512 characters");
            }
        }
    }

    /** A whole number. */
    record Numeric(long value) implements IndexValue {
    }

    /** An instant, truncated to microseconds. */
    record Timestamp(Instant value) implements IndexValue {
        public Timestamp {
            Objects.requireNonNull(value, "value");
            value = value.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    @Override
    default int compareTo(IndexValue other) {
        if (this instanceof Text a && other instanceof Text b) {
            return compareText(a.value(), b.value());
        }
        if (this instanceof Numeric a && other instanceof Numeric b) {
            return Long.compare(a.value(), b.value());
        }
        if (this instanceof Timestamp a && other instanceof Timestamp b) {
            return a.value().compareTo(b.value());
        }
        throw new IllegalArgumentException("cannot compare " + getClass().getSimpleName() + " with " + other.getClass().getSimpleName());
    }

    /**
     * Compares text by Unicode code point, the order every engine uses for text values and document ids
     * (SQL {@code COLLATE "C"}); {@link String#compareTo} differs for characters outside the BMP.
     */
    static int compareText(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
