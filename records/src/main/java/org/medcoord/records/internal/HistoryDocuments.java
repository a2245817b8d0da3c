package org.medcoord.records.internal;

import java.util.List;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;

/** How history entries are stored: by patient id, kind and status, none of which identifies a person. */
final class HistoryDocuments {

    static final DocumentType<StoredEntry> ENTRY = DocumentType.builder("records.history", StoredEntry.class)
            .field("patient", FieldKind.TEXT, e -> List.of(e.patient().asString()))
            .field("kind", FieldKind.TEXT, e -> List.of(e.item().kind().name()))
            .field("status", FieldKind.TEXT, e -> List.of(e.status().name()))
            .build();

    private HistoryDocuments() {
    }
}
