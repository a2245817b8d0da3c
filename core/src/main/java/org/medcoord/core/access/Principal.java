package org.medcoord.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated user (or system process) of the embedding product.
 *
 * @param userId      unique within the deployment; written to the audit trail
 * @param displayName a label for screens and reports, never used for decisions
 * @param roles       role names; see {@link Roles} for the ones the default policy knows
 * @since 0.1.0
 */
public record Principal(String userId, String displayName, Set<String> roles) {
    public Principal {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank() || userId.length() > 128) {
            throw new IllegalArgumentException("a user id is 1 to 128 characters");
        }
        displayName = displayName == null ? userId : displayName;
        roles = Set.copyOf(roles);
    }

    /** @return a principal whose display name is its user id */
    public static Principal of(String userId, String... roles) {
        return new Principal(userId, userId, Set.of(roles));
    }

    /** @return true when the principal holds {@code role} */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
