package org.medcoord.records.internal;

import java.util.ArrayList;
import java.util.List;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.FieldKind;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;

/** How encounters and notes are stored: by opaque ids and statuses only. */
final class ClinicalDocuments {

    static final String APPOINTMENT_KEY = "encounter.appointment";

    static final DocumentType<StoredEncounter> ENCOUNTER = DocumentType.builder("records.encounter", StoredEncounter.class)
            .field("patient", FieldKind.TEXT, e -> List.of(e.patient().asString()))
            .field("appointment", FieldKind.TEXT, e -> e.appointment() == null ? List.of() : List.of(e.appointment().toString()))
            .field("start", FieldKind.INSTANT, e -> List.of(e.start()))
            .unique(APPOINTMENT_KEY, FieldKind.TEXT, e -> e.appointment() == null ? List.of() : List.of(e.appointment().toString()))
            .build();

    static final DocumentType<StoredNote> NOTE = DocumentType.builder("records.note", StoredNote.class)
            .field("patient", FieldKind.TEXT, n -> List.of(n.patient().asString()))
            .field("addendumTo", FieldKind.TEXT, n -> n.addendumTo() == null ? List.of() : List.of(n.addendumTo().asString()))
            .field("status", FieldKind.TEXT, n -> List.of(n.status().name()))
            .build();

    private ClinicalDocuments() {
    }

    /** @return every document matching {@code criteria}, page after page, in id (creation) order */
    static <T> List<Versioned<T>> all(DataSession s, DocumentType<T> type, Criteria criteria) {
        Criteria paged = criteria.limit(500);
        List<Versioned<T>> all = new ArrayList<>();
        ResultPage<Versioned<T>> page = s.query(type, paged);
        all.addAll(page.items());
        while (page.nextPageToken().isPresent()) {
            page = s.query(type, paged.after(page.nextPageToken().get()));
            all.addAll(page.items());
        }
        return all;
    }
}
