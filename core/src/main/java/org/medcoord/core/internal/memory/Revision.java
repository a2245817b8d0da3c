package org.medcoord.core.internal.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medcoord.core.spi.storage.IndexEntry;
import org.medcoord.core.spi.storage.IndexValue;
import org.medcoord.core.spi.storage.StoredDocument;

/**
 * One version of a document with its index entries (grouped by field, for matching) and the unique key
 * values it owns. Immutable: {@link StoredDocument} copies its body in and out, so it can be handed
 * to any number of readers.
 */
record Revision(StoredDocument document, Map<String, List<IndexValue>> index, Set<UniqueSlot> unique) {

    Revision {
        index = Map.copyOf(index);
        unique = Set.copyOf(unique);
    }

    static Map<String, List<IndexValue>> group(List<IndexEntry> entries) {
        Map<String, List<IndexValue>> byField = new HashMap<>();
        for (IndexEntry entry : entries) {
            byField.computeIfAbsent(entry.field(), f -> new ArrayList<>(2)).add(entry.value());
        }
        byField.replaceAll((field, values) -> List.copyOf(values));
        return byField;
    }

    String id() {
        return document.key().id();
    }

    long version() {
        return document.version();
    }

    /** @return the values of {@code field}, empty when the document has none */
    List<IndexValue> values(String field) {
        return index.getOrDefault(field, List.of());
    }
}
