package org.medcoord.scheduling;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.medcoord.core.TypedId;
import org.medcoord.core.Uuid7;

/**
 * Identifies an availability template of a resource.
 *
 * @param value the time-ordered UUID
 * @since 0.1.0
 */
public record TemplateId(UUID value) implements TypedId {
    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new id stamped with {@code clock}'s time */
    public static TemplateId next(Clock clock) {
        return new TemplateId(Uuid7.next(clock));
    }

    /** Parses the canonical string form. */
    public static TemplateId parse(String text) {
        return new TemplateId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
