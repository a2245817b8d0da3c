package org.medcoord.core.data;

/**
 * How an indexed field is stored and what queries it supports.
 *
 * @since 0.1.0
 */
public enum FieldKind {
    /**
     * Identifies a person (name, birth date, phone, e-mail, address, MRN, member or external id):
     * normalised, then stored as a keyed HMAC token. Equality and {@code in} only.
     */
    PERSONAL,
    /** Opaque ids, statuses, codes, composite keys: stored as they are. Equality, in, range, order. */
    TEXT,
    /** Whole numbers. Equality, in, range, order. */
    NUMBER,
    /** Instants (microsecond precision). Equality, in, range, order. */
    INSTANT
}
