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
    /** The data layer takes at most 1,000 values in one {@code anyOf}; larger sets are asked in chunks. */
    private static final int ANY_OF_CHUNK = 500;

    private Pages() {
    }

    /**
     * Every document matching {@code criteria} and {@code field} in {@code values}, each once (a
     * document indexed under several of the values is returned once), in chunks the data layer accepts.
     */
    static <T> List<Versioned<T>> allAnyOf(DataSession session, DocumentType<T> type, Criteria criteria, String field,
            List<String> values) {
        java.util.Map<String, Versioned<T>> byId = new java.util.LinkedHashMap<>();
        List<String> distinct = values.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += ANY_OF_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + ANY_OF_CHUNK));
            for (Versioned<T> v : all(session, type, criteria.anyOf(field, chunk))) {
                byId.putIfAbsent(v.id(), v);
            }
        }
        return new ArrayList<>(byId.values());
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
