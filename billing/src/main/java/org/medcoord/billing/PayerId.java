package org.medcoord.billing;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies a payer (an insurance company or plan administrator) in the payer registry.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record PayerId(UUID value) implements TypedId {
    /** Checks the value is present. */
    public PayerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param clock the clock whose time stamps the id
     * @return a new id
     */
    public static PayerId next(Clock clock) {
        return new PayerId(Uuid7.next(clock));
    }

    /**
     * @param text the canonical string form
     * @return the id
     */
    public static PayerId parse(String text) {
        return new PayerId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
