package org.medcoord.billing;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a fee schedule (allowed amounts of one payer and plan, or the self-pay price list).
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record FeeScheduleId(UUID value) implements TypedId {
    /** Checks the value is present. */
    public FeeScheduleId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param clock the clock whose time stamps the id
     * @return a new id
     */
    public static FeeScheduleId next(Clock clock) {
        return new FeeScheduleId(Uuid7.next(clock));
    }

    /**
     * @param text the canonical string form
     * @return the id
     */
    public static FeeScheduleId parse(String text) {
        return new FeeScheduleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
