package org.medcoord.core.data;

import java.time.Instant;
import java.util.Objects;

/**
 * A decrypted log entry with its sequence number.
 *
 * @param seq      its sequence number in the stream
 * @param entry    the entry
 * @param appended when it was appended
 * @param <E>      the entry type
 * @since 0.1.0
 */
public record Logged<E>(long seq, E entry, Instant appended) {
    public Logged {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(appended, "appended");
    }

    @Override
    public String toString() {
        return "Logged[#" + seq + "]";
    }
}
