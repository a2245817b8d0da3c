package org.medcoord.core.access;

/**
 * What kind of data an operation touches; access policies decide per category.
 *
 * @since 0.1.0
 */
public enum DataCategory {
    /** Names, birth date, contacts, identifiers. */
    DEMOGRAPHICS,
    /** Problems, allergies, encounters, vitals, history. */
    CLINICAL,
    /** Medication orders and administrations. */
    MEDICATION,
    /** Clinical notes. */
    NOTES,
    /** Appointments, waitlists, admissions. */
    SCHEDULING,
    /** Charges, claims, payments, ledgers. */
    BILLING,
    /** Coverage and eligibility. */
    INSURANCE,
    /** Consent directives. */
    CONSENT,
    /** The audit trail itself. */
    AUDIT,
    /** Supplies and equipment (no PHI unless linked to a patient). */
    INVENTORY,
    /** Configuration of the SDK. */
    ADMINISTRATION,
    /** The outbox of domain events (ids of what happened, read by workflows and bridges). */
    EVENTS
}
