package org.medcoord.scheduling;

/**
 * What a bed is doing now.
 *
 * @since 0.1.0
 */
public enum BedState {
    /** Clean and empty: can be admitted to or booked. */
    FREE,
    /** A patient lies in it (open-ended until discharge or transfer). */
    OCCUPIED,
    /** Being cleaned after a patient left: not bookable until marked clean. */
    CLEANING
}
