package org.medcoord.inventory;

/**
 * Whether a piece of equipment may be used. Only {@link #IN_SERVICE} equipment may be used or booked.
 *
 * @since 0.1.0
 */
public enum AssetStatus {
    /** Available for use. */
    IN_SERVICE,
    /** Taken out of service (broken, lent out, awaiting parts). */
    OUT_OF_SERVICE,
    /** Undergoing preventive maintenance or calibration. */
    IN_MAINTENANCE,
    /** A reusable instrument used since its last passing reprocessing cycle. */
    AWAITING_REPROCESSING,
    /** Permanently withdrawn; no further change is possible. */
    RETIRED
}
