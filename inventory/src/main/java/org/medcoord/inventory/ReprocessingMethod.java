package org.medcoord.inventory;

/**
 * How a reusable instrument is reprocessed.
 *
 * @since 0.1.0
 */
public enum ReprocessingMethod {
    /** Manual or automated cleaning only. */
    CLEANING,
    /** High-level disinfection (flexible endoscopes). */
    HIGH_LEVEL_DISINFECTION,
    /** Sterilisation (steam, low-temperature). */
    STERILIZATION
}
