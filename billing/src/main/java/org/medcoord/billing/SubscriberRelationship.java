package org.medcoord.billing;

/**
 * The patient's relationship to the subscriber (the policy holder), with its X12 individual relationship code.
 *
 * @since 0.1.0
 */
public enum SubscriberRelationship {
    /** The patient holds the policy. */
    SELF("18"),
    /** The patient is the subscriber's spouse. */
    SPOUSE("01"),
    /** The patient is the subscriber's child. */
    CHILD("19"),
    /** Any other relationship. */
    OTHER("G8");

    private final String x12Code;

    SubscriberRelationship(String x12Code) {
        this.x12Code = x12Code;
    }

    /** @return the X12 individual relationship code (SBR02 / PAT01) */
    public String x12Code() {
        return x12Code;
    }
}
