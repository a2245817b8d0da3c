package org.medcoord.billing;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies one coverage of a patient by a payer (a policy held as primary, secondary or tertiary).
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record CoverageId(UUID value) implements TypedId {
    /** Checks the value is present. */
    public CoverageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param clock the clock whose time stamps the id
     * @return a new id
     */
    public static CoverageId next(Clock clock) {
        return new CoverageId(Uuid7.next(clock));
    }

    /**
     * @param text the canonical string form
     * @return the id
     */
    public static CoverageId parse(String text) {
        return new CoverageId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
