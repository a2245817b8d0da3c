package org.medcoord.records;

/**
 * Something the prescriber must see before an order is placed. Resubmit the order acknowledging it
 * ({@link OrderMedication#acknowledging}) to place it anyway.
 *
 * @param kind      what was found
 * @param reference the id of what it was found against: the allergy entry, or the active order
 * @param message   what it means, without PHI
 * @since 0.1.0
 */
public record OrderWarning(Kind kind, String reference, String message) {

    /** What was found. */
    public enum Kind {
        /** The patient has an active recorded allergy to the ordered drug. */
        DRUG_ALLERGY,
        /** The patient already has an active order for the same drug. */
        DUPLICATE_THERAPY
    }

    /** @return the stable key to acknowledge this warning with: kind and reference */
    public String key() {
        return kind + ":" + reference;
    }
}
