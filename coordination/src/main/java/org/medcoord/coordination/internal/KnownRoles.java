package org.medcoord.coordination.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.medcoord.coordination.Worklist;
import org.medcoord.core.Extensions;
import org.medcoord.core.access.Roles;

/** The role names a task or handoff may name: core's and the clinic's own ({@link Worklist#EXTRA_ROLES_SETTING}). */
final class KnownRoles {

    private final Set<String> roles;

    KnownRoles(Extensions extensions) {
        Set<String> all = new HashSet<>(Set.of(Roles.CLINICIAN, Roles.NURSE, Roles.COORDINATOR, Roles.FRONT_DESK, Roles.BILLING,
                Roles.SUPPLY, Roles.AUDITOR, Roles.ADMIN, Roles.SYSTEM));
        extensions.setting(Worklist.EXTRA_ROLES_SETTING).ifPresent(extra -> Arrays.stream(extra.split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).forEach(all::add));
        this.roles = Set.copyOf(all);
    }

    boolean contains(String role) {
        return roles.contains(role);
    }
}
