package org.medcoord.records;

/**
 * How a value compares with its reference range; {@link #NONE} when the kind has none (weight, height).
 *
 * @since 0.1.0
 */
public enum VitalFlag {
    LOW, NORMAL, HIGH, NONE
}
