package org.medcoord.inventory;

/**
 * Why stock moved. Every movement writes one ledger entry per (location, lot) it changed.
 *
 * @since 0.1.0
 */
public enum MovementType {
    /** Stock arrived (a delivery, a purchase order line). Adds. */
    RECEIVE,
    /** Stock was used for care, alone or as part of a kit. Subtracts. */
    CONSUME,
    /** Stock moved between two locations: one entry out, one entry in. */
    TRANSFER,
    /** A count found more or less than the books: adds or subtracts. */
    ADJUST,
    /** Stock was thrown away (expired, damaged, opened and unused). Subtracts. */
    WASTE,
    /** Unused stock came back from a ward or a patient's room. Adds. */
    RETURN
}
