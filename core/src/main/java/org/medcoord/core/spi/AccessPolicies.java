package org.medcoord.core.spi;

import org.medcoord.core.internal.access.RoleBasedAccessPolicy;

/**
 * The built-in {@link AccessPolicy}, for vendors whose own policy decorates it (adds a rule, then asks the
 * default) instead of rewriting its table.
 *
 * <pre>{@code
 * public final class MyPolicy implements AccessPolicy {
 *     private final AccessPolicy defaults = AccessPolicies.roleBased();
 *     public AccessDecision decide(AccessRequest request) {
 *         if (myRuleDenies(request)) {
 *             return AccessDecision.deny("my rule: ...");
 *         }
 *         return defaults.decide(request);
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AccessPolicies {

    private AccessPolicies() {
    }

    /**
     * @return a new instance of the built-in role-based policy (id {@code "role-based"}): a fixed table of
     *         what each role in {@link org.medcoord.core.access.Roles} may do, to which data, for which
     *         purpose; everything else denied. Thread-safe and stateless.
     */
    public static AccessPolicy roleBased() {
        return new RoleBasedAccessPolicy();
    }
}
