package org.medcoord.coordination;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an outgoing referral.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record ReferralId(UUID value) implements TypedId {
    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static ReferralId next(Clock clock) {
        return new ReferralId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static ReferralId parse(String text) {
        return new ReferralId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
