package org.medcoord.core.data;

import java.util.Objects;

/**
 * Declares an append-only log of entries of one Java type (a ledger, an event stream). Entries are
 * encrypted like document bodies. Each tenant has its own streams.
 *
 * @param stream    the stream name prefix, 1 to 64 of {@code [a-z0-9._/-]}
 * @param entryType the entry type (a record the codec can serialise)
 * @param <E>       the entry type
 * @since 0.1.0
 */
public record LogType<E>(String stream, Class<E> entryType) {
    public LogType {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(entryType, "entryType");
        if (!stream.matches("[a-z0-9._/-]{1,64}")) {
            throw new IllegalArgumentException("a stream name is 1 to 64 of [a-z0-9._/-]");
        }
    }
}
