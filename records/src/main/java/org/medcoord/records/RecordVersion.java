package org.medcoord.records;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a record as it was after a change: every change (recording, status change, revision,
 * signature, a merge moving it to another patient) is a new version.
 *
 * @param version   the record's version after the change, from 1
 * @param changedAt when the change was written
 * @param changedBy the user who made it
 * @param value     the record as it was then
 * @param <T>       the record type
 * @since 0.1.0
 */
public record RecordVersion<T>(long version, Instant changedAt, String changedBy, T value) {
    public RecordVersion {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "RecordVersion[v" + version + "]";
    }
}
