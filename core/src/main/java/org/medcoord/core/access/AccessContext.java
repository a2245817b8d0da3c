package org.medcoord.core.access;

import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.TenantId;

/**
 * Who is asking, for which clinic, and why. The first argument of every public method that reads or
 * writes PHI; the tenant scopes every storage call made for it.
 *
 * @param tenant     the organization whose data is touched
 * @param principal  the user or process asking
 * @param purpose    why
 * @param breakGlass an emergency grant, when one is in use
 * @since 0.1.0
 */
public record AccessContext(TenantId tenant, Principal principal, PurposeOfUse purpose, Optional<BreakGlassGrant> breakGlass) {
    public AccessContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(breakGlass, "breakGlass");
        breakGlass.ifPresent(grant -> {
            if (!grant.userId().equals(principal.userId())) {
                throw new IllegalArgumentException("a break-glass grant is usable only by the principal it was issued to");
            }
        });
    }

    /** @return a context without break-glass */
    public static AccessContext of(TenantId tenant, Principal principal, PurposeOfUse purpose) {
        return new AccessContext(tenant, principal, purpose, Optional.empty());
    }

    /** @return this context using {@code grant} */
    public AccessContext withBreakGlass(BreakGlassGrant grant) {
        return new AccessContext(tenant, principal, PurposeOfUse.EMERGENCY_TREATMENT, Optional.of(grant));
    }
}
