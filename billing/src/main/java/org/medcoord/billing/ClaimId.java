package org.medcoord.billing;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a professional claim.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ClaimId(UUID value) implements TypedId {
    /** Checks the value is present. */
    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param clock the clock whose time stamps the id
     * @return a new id
     */
    public static ClaimId next(Clock clock) {
        return new ClaimId(Uuid7.next(clock));
    }

    /**
     * @param text the canonical string form
     * @return the id
     */
    public static ClaimId parse(String text) {
        return new ClaimId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
