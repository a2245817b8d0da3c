package org.medcoord.records;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies one membership of a patient's care team.
 *
 * @since 0.1.0
 */
public record CareTeamMemberId(UUID value) implements TypedId {
    public CareTeamMemberId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static CareTeamMemberId next(Clock clock) {
        return new CareTeamMemberId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static CareTeamMemberId parse(String text) {
        return new CareTeamMemberId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
