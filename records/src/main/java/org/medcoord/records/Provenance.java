package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;

/**
 * Who recorded an entry, when, and from what source.
 *
 * @param recordedBy the user id that recorded it
 * @param recordedAt when
 * @param source     where the information came from
 * @since 0.1.0
 */
public record Provenance(String recordedBy, Instant recordedAt, EntrySource source) {
    public Provenance {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
    }
}
