package org.medcoord.inventory;

/**
 * What a maintenance plan is for.
 *
 * @since 0.1.0
 */
public enum MaintenanceKind {
    /** Preventive maintenance (inspection, parts replacement). */
    PREVENTIVE,
    /** Calibration against a reference. */
    CALIBRATION
}
