package org.medcoord.billing;

/**
 * The kinds of patient ledger entries, with the sign their amount takes in the balance.
 *
 * @since 0.1.0
 */
public enum LedgerEntryType {
    /** A service charged: raises the balance. */
    CHARGE,
    /** A payer paid: lowers the balance. */
    INSURANCE_PAYMENT,
    /** A write-off or correction: a credit lowers the balance, a debit (negative credit) raises it. */
    ADJUSTMENT,
    /** The patient paid (copay, statement payment): lowers the balance. */
    PATIENT_PAYMENT,
    /** Money returned to the patient: raises the balance. */
    REFUND
}
