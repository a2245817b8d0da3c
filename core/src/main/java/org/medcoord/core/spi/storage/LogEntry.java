package org.medcoord.core.spi.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of an append-only log stream.
 *
 * @param stream   the stream name, for example {@code "audit"} or {@code "outbox"}
 * @param seq      1-based, gap-free per (tenant, stream)
 * @param entry    the opaque (encrypted) entry
 * @param appended when it was appended, by the engine's clock
 * @since 0.1.0
 */
public record LogEntry(String stream, long seq, byte[] entry, Instant appended) {
    public LogEntry {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(appended, "appended");
        entry = entry.clone();
    }

    @Override
    public byte[] entry() {
        return entry.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && e.stream.equals(stream) && e.seq == seq
                && Arrays.equals(e.entry, entry) && e.appended.equals(appended);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stream, seq, Arrays.hashCode(entry), appended);
    }

    /** Never prints the entry. */
    @Override
    public String toString() {
        return "LogEntry[" + stream + "#" + seq + ", " + entry.length + " bytes]";
    }
}
