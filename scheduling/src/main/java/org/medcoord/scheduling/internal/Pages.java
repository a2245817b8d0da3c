package org.medcoord.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;

/** Reads every page of a query. Callers bound the query (by resource and day, by patient and time). */
final class Pages {

    private static final int PAGE = 1000;

    private Pages() {
    }

    static <T> List<Versioned<T>> all(DataSession session, DocumentType<T> type, Criteria criteria) {
        List<Versioned<T>> result = new ArrayList<>();
        Criteria next = criteria.limit(PAGE);
        while (true) {
            ResultPage<Versioned<T>> page = session.query(type, next);
            result.addAll(page.items());
            Optional<String> token = page.nextPageToken();
            if (token.isEmpty()) {
                return result;
            }
            next = next.after(token.get());
        }
    }
}
