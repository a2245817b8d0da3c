package org.medcoord.records.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.LogType;
import org.medcoord.core.data.Logged;
import org.medcoord.core.data.Versioned;
import org.medcoord.records.RecordVersion;

/**
 * The version history of history entries and notes: every write of one appends the new version, with its
 * author, to the record's own log stream (named by its opaque id; encrypted like the document) in the same
 * transaction, so the history cannot miss a committed change nor keep a rolled-back one. Every write of
 * these two document types must go through here (merges too, see {@link ChartDocuments}).
 */
final class Revisions {

    /** One version of a history entry as logged. */
    record EntryRevision(long version, String by, StoredEntry entry) {
        @Override
        public String toString() {
            return "EntryRevision[v" + version + "]";
        }
    }

    /** One version of a note as logged. */
    record NoteRevision(long version, String by, StoredNote note) {
        @Override
        public String toString() {
            return "NoteRevision[v" + version + "]";
        }
    }

    static final LogType<EntryRevision> ENTRIES = new LogType<>("records.history-versions/", EntryRevision.class);
    static final LogType<NoteRevision> NOTES = new LogType<>("records.note-versions/", NoteRevision.class);

    private static final int BATCH = 500;

    private Revisions() {
    }

    static Versioned<StoredEntry> insert(DataSession s, String id, StoredEntry entry) {
        return logged(s, s.insert(HistoryDocuments.ENTRY, id, entry));
    }

    static Versioned<StoredEntry> update(DataSession s, String id, long expectedVersion, StoredEntry entry) {
        return logged(s, s.update(HistoryDocuments.ENTRY, id, expectedVersion, entry));
    }

    static Versioned<StoredNote> insert(DataSession s, String id, StoredNote note) {
        return loggedNote(s, s.insert(ClinicalDocuments.NOTE, id, note));
    }

    static Versioned<StoredNote> update(DataSession s, String id, long expectedVersion, StoredNote note) {
        return loggedNote(s, s.update(ClinicalDocuments.NOTE, id, expectedVersion, note));
    }

    static Versioned<StoredEntry> logged(DataSession s, Versioned<StoredEntry> saved) {
        s.append(ENTRIES, saved.id(), new EntryRevision(saved.version(), s.context().principal().userId(), saved.value()));
        return saved;
    }

    static Versioned<StoredNote> loggedNote(DataSession s, Versioned<StoredNote> saved) {
        s.append(NOTES, saved.id(), new NoteRevision(saved.version(), s.context().principal().userId(), saved.value()));
        return saved;
    }

    static <T> List<RecordVersion<T>> entryVersions(DataSession s, String id, Function<Versioned<StoredEntry>, T> view) {
        return read(s, ENTRIES, id, (r, at) -> new RecordVersion<>(r.version(), at, r.by(),
                view.apply(new Versioned<>(id, r.version(), r.entry(), at))));
    }

    static <T> List<RecordVersion<T>> noteVersions(DataSession s, String id, Function<Versioned<StoredNote>, T> view) {
        return read(s, NOTES, id, (r, at) -> new RecordVersion<>(r.version(), at, r.by(),
                view.apply(new Versioned<>(id, r.version(), r.note(), at))));
    }

    private static <E, T> List<RecordVersion<T>> read(DataSession s, LogType<E> log, String id,
                                                      java.util.function.BiFunction<E, java.time.Instant, RecordVersion<T>> view) {
        List<RecordVersion<T>> all = new ArrayList<>();
        long next = 1;
        while (true) {
            List<Logged<E>> batch = s.read(log, id, next, BATCH);
            for (Logged<E> logged : batch) {
                all.add(view.apply(logged.entry(), logged.appended()));
                next = logged.seq() + 1;
            }
            if (batch.size() < BATCH) {
                return all;
            }
        }
    }
}
