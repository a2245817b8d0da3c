package org.medcoord.inventory;

/**
 * Whether a lot's stock may be used. Only {@link #AVAILABLE} stock is ever picked or consumed.
 *
 * @since 0.1.0
 */
public enum LotStatus {
    /** Usable (until its expiry date has passed at the location). */
    AVAILABLE,
    /** Held back pending a decision; never picked. */
    QUARANTINED,
    /** Past its expiry date; never picked. */
    EXPIRED,
    /** Recalled by the manufacturer or the clinic; never picked. */
    RECALLED;

    /** @return true when stock of a lot in this status may be consumed or transferred for use */
    public boolean usable() {
        return this == AVAILABLE;
    }
}
