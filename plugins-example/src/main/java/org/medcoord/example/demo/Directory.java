package org.medcoord.example.demo;

import java.util.Optional;
import java.util.function.Supplier;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.Versioned;

/**
 * The demo's own notebook in MedCoord's storage: stable keys ({@code resource/Dr Okafor},
 * {@code state/last-day}) mapped to ids and values, so that a second run finds what the first created
 * instead of creating it twice. It holds names of rooms, items and staff, never patient data.
 */
final class Directory {

    /** One note. */
    record Note(String key, String value) {
    }

    static final DocumentType<Note> NOTE = DocumentType.builder("example.demo.note", Note.class).build();

    private final DataStore data;
    private final AccessContext context;

    Directory(DataStore data, AccessContext context) {
        this.data = data;
        this.context = context;
    }

    Optional<String> get(String key) {
        return data.inTransaction(context, s -> s.find(NOTE, key).map(v -> v.value().value()));
    }

    void put(String key, String value) {
        data.inTransaction(context, s -> {
            Optional<Versioned<Note>> found = s.find(NOTE, key);
            if (found.isPresent()) {
                return s.update(NOTE, key, found.get().version(), new Note(key, value));
            }
            return s.insert(NOTE, key, new Note(key, value));
        });
    }

    /**
     * @return the id stored under {@code key}, or the id of what {@code create} makes (then stored under
     *         {@code key}); {@code created} tells the report which
     */
    String getOrCreate(String key, Supplier<String> create, boolean[] created) {
        Optional<String> found = get(key);
        if (found.isPresent()) {
            return found.get();
        }
        String id = create.get();
        put(key, id);
        created[0] = true;
        return id;
    }
}
