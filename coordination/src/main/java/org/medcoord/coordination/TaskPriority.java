package org.medcoord.coordination;

/**
 * How urgent a task is; declared from most to least urgent, so the natural order sorts a worklist.
 *
 * @since 0.1.0
 */
public enum TaskPriority {
    /** Now. */
    URGENT,
    /** Today. */
    HIGH,
    /** In the normal course of work. */
    NORMAL,
    /** When time allows. */
    LOW;

    /** @return the next more urgent priority ({@link #URGENT} stays urgent) */
    public TaskPriority raised() {
        return this == URGENT ? URGENT : values()[ordinal() - 1];
    }
}
