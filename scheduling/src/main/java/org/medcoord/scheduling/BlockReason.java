package org.medcoord.scheduling;

/**
 * Why a resource is unavailable.
 *
 * @since 0.1.0
 */
public enum BlockReason {
    /** A practitioner's leave. */
    LEAVE,
    /** Planned maintenance of a room or device. */
    MAINTENANCE,
    /** Cleaning of a room or bed. */
    CLEANING,
    /** Equipment out of service until repaired (typically placed by inventory workflows). */
    OUT_OF_SERVICE,
    /** Anything else; say what in the block's note. */
    OTHER
}
