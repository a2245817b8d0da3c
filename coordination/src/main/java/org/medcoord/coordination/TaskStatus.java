package org.medcoord.coordination;

/**
 * Where a task is in its life: open, in progress, then done or cancelled (both final).
 *
 * @since 0.1.0
 */
public enum TaskStatus {
    /** Waiting for someone to take it. */
    OPEN,
    /** Someone works on it. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** No longer needed. */
    CANCELLED;

    /** @return true while the task still needs work */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** @return true when a task may move from this status to {@code next} */
    public boolean canMoveTo(TaskStatus next) {
        return active() && next != OPEN && next != this;
    }
}
