package org.medcoord.billing;

/**
 * How serious a scrubber edit is.
 *
 * @since 0.1.0
 */
public enum EditSeverity {
    /** The claim cannot be submitted until this is fixed. */
    ERROR,
    /** Worth a look; the claim may still be submitted. */
    WARNING
}
