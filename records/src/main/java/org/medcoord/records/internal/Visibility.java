package org.medcoord.records.internal;

import java.util.List;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.data.Criteria;

/**
 * Who may see a patient under a consent restriction. An unrestricted patient is visible to everyone the
 * access policy lets through ({@code *}); a restricted one only to the users it lists, or under a
 * break-glass grant (which the access gate verifies and the audit trail flags). Searches filter on the
 * {@code visibleTo} index field inside the engine, so a hidden record changes neither a page's items
 * nor its next-page token, and nothing counts it.
 */
final class Visibility {

    static final String FIELD = "visibleTo";
    private static final String EVERYONE = "*";
    private static final String USER = "user:";

    private Visibility() {
    }

    /** @return the {@code visibleTo} index values of a patient: staff user ids, never PHI */
    static List<String> keys(StoredPatient p) {
        return p.restrictedTo() == null ? List.of(EVERYONE) : p.restrictedTo().stream().map(u -> USER + u).toList();
    }

    static boolean allows(AccessContext context, StoredPatient p) {
        return p.restrictedTo() == null || context.breakGlass().isPresent() || p.restrictedTo().contains(context.principal().userId());
    }

    /** @return {@code criteria} narrowed to the patients the caller may see */
    static Criteria restrict(AccessContext context, Criteria criteria) {
        if (context.breakGlass().isPresent()) {
            return criteria;
        }
        return criteria.anyOf(FIELD, List.of(EVERYONE, USER + context.principal().userId()));
    }
}
