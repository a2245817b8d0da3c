package org.medcoord.records;

/**
 * Whether a history entry still holds. Entries are never deleted: a wrong one is marked
 * {@link #ENTERED_IN_ERROR} and stays visible as such.
 *
 * @since 0.1.0
 */
public enum EntryStatus {
    ACTIVE, INACTIVE, RESOLVED, ENTERED_IN_ERROR
}
