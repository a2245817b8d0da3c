package org.medcoord.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One organization (clinic) on a shared deployment. Every document, index entry, lock and log stream
 * belongs to exactly one tenant, and no call reaches across tenants.
 *
 * @param value lower-case letters, digits and dashes, 1 to 64 characters
 * @since 0.1.0
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new ValidationException(java.util.List.of(new Violation("tenant", "MC-CORE-001",
                    "a tenant id is 1 to 64 lower-case letters, digits or dashes, starting with a letter or digit")));
        }
    }

    /** @return a tenant id for {@code value} */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
