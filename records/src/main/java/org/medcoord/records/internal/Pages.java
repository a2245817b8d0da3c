package org.medcoord.records.internal;

import org.medcoord.core.Violations;
import org.medcoord.core.data.Criteria;
import org.medcoord.records.PageRequest;

/** Turns a page request into criteria limits, after checking it. */
final class Pages {

    static final int MAX = 100;

    private Pages() {
    }

    static void check(Violations v, PageRequest page) {
        if (page == null) {
            v.add("page", "MC-REC-009", "a page request is required, for example PageRequest.first(20)");
        } else {
            v.addIf(page.size() < 1 || page.size() > MAX, "page.size", "MC-REC-009", "a page holds 1 to " + MAX + " results");
        }
    }

    static Criteria apply(Criteria criteria, PageRequest page) {
        Criteria limited = criteria.limit(page.size());
        return page.token().map(limited::after).orElse(limited);
    }
}
