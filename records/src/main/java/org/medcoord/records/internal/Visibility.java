package org.medcoord.records.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * Who may see a patient under a consent restriction: an unrestricted patient, everyone the access policy
 * lets through; a restricted one, only the users it lists, or under break-glass (which the access gate
 * verifies and the audit trail flags).
 *
 * <p>Searches enforce it inside the engine through the search keys themselves. An unrestricted patient is
 * indexed under each key {@code k}; a restricted one under {@code k|restricted} and {@code k|user:<id>}
 * for each listed user instead. A search for {@code k} asks for {@code k} or {@code k|user:<caller>}
 * (break-glass: {@code k} or {@code k|restricted}). The keys are PERSONAL fields, so the engine sees only
 * HMAC tokens: it cannot tell a restricted patient from another, nor who may see one; a hidden record
 * changes neither a page's items nor its next-page token; and the lookup stays an equality lookup on a
 * handful of documents however large the registry (a separate "visible to" field would make every search
 * touch every unrestricted patient).
 */
final class Visibility {

    private static final String RESTRICTED = "|restricted";
    private static final String USER = "|user:";

    private Visibility() {
    }

    static boolean allows(AccessContext context, StoredPatient p) {
        return p.restrictedTo() == null || context.breakGlass().isPresent() || p.restrictedTo().contains(context.principal().userId());
    }

    /** @return the index values of a search key for {@code p}: the keys as they are, or their restricted variants */
    static List<String> indexed(StoredPatient p, List<String> keys) {
        if (p.restrictedTo() == null) {
            return keys;
        }
        List<String> variants = new ArrayList<>();
        for (String key : keys) {
            variants.add(key + RESTRICTED);
            for (String user : p.restrictedTo()) {
                variants.add(key + USER + hex(user));
            }
        }
        return variants;
    }

    /** @return the values to look a search key up by, for the caller */
    static List<String> probes(AccessContext context, String key) {
        return List.of(key, context.breakGlass().isPresent() ? key + RESTRICTED : key + USER + hex(context.principal().userId()));
    }

    /** User ids in hex, because core's token normalisation lower-cases and would merge ids differing in case. */
    private static String hex(String userId) {
        return HexFormat.of().formatHex(userId.getBytes(StandardCharsets.UTF_8));
    }
}
