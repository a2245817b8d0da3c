package org.medcoord.coordination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.core.data.Criteria;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.DocumentType;
import org.medcoord.core.data.ResultPage;
import org.medcoord.core.data.Versioned;

/** Reads every page of a query. */
final class Pages {

    private static final int PAGE = 500;

    private Pages() {
    }

    static <T> List<T> all(DataSession session, DocumentType<T> type, Criteria criteria) {
        List<T> result = new ArrayList<>();
        Criteria next = criteria.limit(PAGE);
        while (true) {
            ResultPage<Versioned<T>> page = session.query(type, next);
            page.items().forEach(v -> result.add(v.value()));
            Optional<String> token = page.nextPageToken();
            if (token.isEmpty()) {
                return result;
            }
            next = next.after(token.get());
        }
    }
}
