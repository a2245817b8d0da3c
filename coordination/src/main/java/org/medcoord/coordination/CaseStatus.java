package org.medcoord.coordination;

/**
 * Where a case is: open, in progress, resolved (with a resolution) and finally closed.
 *
 * @since 0.1.0
 */
public enum CaseStatus {
    /** Received, not yet worked on. */
    OPEN,
    /** Someone works on it. */
    IN_PROGRESS,
    /** Answered or fixed; the resolution is recorded. */
    RESOLVED,
    /** Nothing more to do. */
    CLOSED;

    /** @return true while the case still needs work (it counts against its due time) */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
