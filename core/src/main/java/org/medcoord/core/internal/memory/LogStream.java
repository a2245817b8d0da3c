package org.medcoord.core.internal.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medcoord.core.spi.storage.LogEntry;

/**
 * The committed entries of one (tenant, stream). Appended only at commit, by the transaction that
 * holds the stream's append lock, so there is a single writer at a time; readers never lock.
 *
 * <p>Entry {@code seq} sits at index {@code seq - 1}. The writer stores the array before publishing
 * the new size, and readers read the size before the array, so every index below the size a reader
 * saw is filled in the array it then reads.
 */
final class LogStream {

    private volatile LogEntry[] entries = new LogEntry[16];
    private volatile int size;

    /** @return how many entries are committed */
    long size() {
        return size;
    }

    /** Appends the next entry; its seq must be {@code size() + 1}. Single writer. */
    void append(LogEntry entry) {
        int n = size;
        if (entry.seq() != n + 1L) {
            throw new IllegalStateException("log " + entry.stream() + " expected seq " + (n + 1L) + ", got " + entry.seq());
        }
        LogEntry[] array = entries;
        if (n == array.length) {
            array = Arrays.copyOf(array, n * 2);
        }
        array[n] = entry;
        entries = array;
        size = n + 1;
    }

    /** @return up to {@code max} committed entries from {@code fromSeq} on, in order */
    List<LogEntry> read(long fromSeq, int max) {
        int n = size;
        LogEntry[] array = entries;
        List<LogEntry> out = new ArrayList<>();
        for (long seq = Math.max(1, fromSeq); seq <= n && out.size() < max; seq++) {
            out.add(array[(int) (seq - 1)]);
        }
        return out;
    }
}
