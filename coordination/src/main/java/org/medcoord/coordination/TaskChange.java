package org.medcoord.coordination;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a task's history.
 *
 * @param at     when
 * @param by     the user id that made the change
 * @param status the status after the change
 * @param what   what changed, for example {@code "created"}, {@code "assigned to u-7"}, {@code "escalated"}
 * @since 0.1.0
 */
public record TaskChange(Instant at, String by, TaskStatus status, String what) {
    public TaskChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(what, "what");
    }
}
