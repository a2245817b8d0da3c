package org.medcoord.billing;

/**
 * The settings billing reads from {@code MedCoord.builder().setting(...)}. The X12 settings fill the
 * envelope and header of every 837P interchange {@link ClaimService#submit} writes; without the required
 * ones a submission fails with a {@link org.medcoord.core.ConfigurationException} ({@code MC-BILL-205})
 * listing every one missing.
 *
 * @since 0.1.0
 */
public final class BillingSettings {

    /** ISA06: the clinic's interchange sender id (required, at most 15 characters). */
    public static final String X12_SENDER_ID = "medcoord.billing.x12.sender-id";
    /** ISA05: the sender id's qualifier; default {@code ZZ} (mutually defined). */
    public static final String X12_SENDER_QUALIFIER = "medcoord.billing.x12.sender-qualifier";
    /** ISA08 and loop 1000B NM109: the receiver's (clearinghouse's) id (required, at most 15 characters). */
    public static final String X12_RECEIVER_ID = "medcoord.billing.x12.receiver-id";
    /** ISA07: the receiver id's qualifier; default {@code ZZ}. */
    public static final String X12_RECEIVER_QUALIFIER = "medcoord.billing.x12.receiver-qualifier";
    /** Loop 1000B NM103: the receiver's name (required). */
    public static final String X12_RECEIVER_NAME = "medcoord.billing.x12.receiver-name";
    /** Loop 1000A NM103: the submitter's name (required). */
    public static final String X12_SUBMITTER_NAME = "medcoord.billing.x12.submitter-name";
    /** Loop 1000A NM109: the submitter id the receiver assigned; default the sender id. */
    public static final String X12_SUBMITTER_ID = "medcoord.billing.x12.submitter-id";
    /** Loop 1000A PER02: the submitter's contact name (required). */
    public static final String X12_SUBMITTER_CONTACT = "medcoord.billing.x12.submitter-contact";
    /** Loop 1000A PER04: the submitter's contact phone, digits only (required). */
    public static final String X12_SUBMITTER_PHONE = "medcoord.billing.x12.submitter-phone";
    /** ISA15: {@code P} production (default) or {@code T} test. */
    public static final String X12_USAGE = "medcoord.billing.x12.usage";

    private BillingSettings() {
    }
}
