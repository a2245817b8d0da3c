package org.medcoord.billing.internal;

/**
 * The billing module's error codes, in one place so that none is used for two meanings. The scrubber's
 * edit codes ({@code MC-BILL-3NN}) are listed on {@link org.medcoord.billing.Scrubber}.
 */
final class Codes {
    // Payers
    static final String PAYER_NAME_REQUIRED = "MC-BILL-001";
    static final String X12_PAYER_ID_INVALID = "MC-BILL-002";
    static final String TIMELY_FILING_INVALID = "MC-BILL-003";
    static final String CURRENCY_REQUIRED = "MC-BILL-004";
    static final String X12_PAYER_ID_TAKEN = "MC-BILL-005";
    static final String FILING_INDICATOR_INVALID = "MC-BILL-006";
    // Coverage
    static final String PATIENT_REQUIRED = "MC-BILL-010";
    static final String PAYER_UNKNOWN = "MC-BILL-011";
    static final String MEMBER_ID_REQUIRED = "MC-BILL-012";
    static final String PLAN_REQUIRED = "MC-BILL-013";
    static final String RELATIONSHIP_REQUIRED = "MC-BILL-014";
    static final String SUBSCRIBER_REQUIRED = "MC-BILL-015";
    static final String PERIOD_INVALID = "MC-BILL-016";
    static final String ORDER_OVERLAP = "MC-BILL-017";
    static final String ADDRESS_INVALID = "MC-BILL-018";
    // Providers
    static final String PROVIDER_NAME_REQUIRED = "MC-BILL-070";
    static final String TAX_ID_INVALID = "MC-BILL-071";
    // Fee schedules
    static final String FEES_EMPTY = "MC-BILL-020";
    static final String FEE_PROCEDURE_INVALID = "MC-BILL-021";
    static final String FEE_DUPLICATE = "MC-BILL-022";
    static final String FEE_AMOUNT_INVALID = "MC-BILL-023";
    static final String FEE_CURRENCY = "MC-BILL-024";
    static final String SELF_PAY_PLAN = "MC-BILL-025";
    // Charges
    static final String PROCEDURE_INVALID = "MC-BILL-030";
    static final String MODIFIERS_TOO_MANY = "MC-BILL-031";
    static final String UNITS_INVALID = "MC-BILL-032";
    static final String AMOUNT_INVALID = "MC-BILL-033";
    static final String DIAGNOSES_COUNT = "MC-BILL-034";
    static final String DIAGNOSIS_DUPLICATE = "MC-BILL-035";
    static final String POINTERS_INVALID = "MC-BILL-036";
    static final String SERVICE_DATE_REQUIRED = "MC-BILL-037";
    static final String SERVICE_DATE_FUTURE = "MC-BILL-038";
    static final String REF_INVALID = "MC-BILL-039";
    static final String REASON_REQUIRED = "MC-BILL-040";
    static final String PROVIDER_REQUIRED = "MC-BILL-041";
    // Claims
    static final String CHARGES_REQUIRED = "MC-BILL-050";
    static final String CHARGE_UNKNOWN = "MC-BILL-051";
    static final String CHARGE_NOT_OPEN = "MC-BILL-052";
    static final String CHARGE_REPEATED = "MC-BILL-053";
    static final String NO_PRIMARY_COVERAGE = "MC-BILL-054";
    static final String NO_NEXT_COVERAGE = "MC-BILL-055";
    static final String KEY_INVALID = "MC-BILL-056";
    static final String REASONS_REQUIRED = "MC-BILL-057";
    // Claim corrections (ClaimCorrections)
    static final String LINE_UNKNOWN = "MC-BILL-080";
    static final String CORRECTION_EMPTY = "MC-BILL-081";
    static final String CORRECTION_REASON = "MC-BILL-082";
    // Ledger
    static final String LEDGER_TYPE_INVALID = "MC-BILL-060";
    static final String LEDGER_AMOUNT_INVALID = "MC-BILL-061";
    static final String LEDGER_CURRENCY = "MC-BILL-062";
    static final String MEMO_REQUIRED = "MC-BILL-063";
    static final String APPOINTMENT_REQUIRED = "MC-BILL-064";
    static final String NO_COPAY = "MC-BILL-065";
    // State conflicts
    static final String ILLEGAL_TRANSITION = "MC-BILL-100";
    static final String CHARGE_NOT_VOIDABLE = "MC-BILL-101";
    static final String NOT_ADJUDICATED = "MC-BILL-102";
    static final String NOT_DRAFT = "MC-BILL-103";
    static final String NOT_SUBMITTABLE = "MC-BILL-104";
    static final String SUBMISSION_IN_FLIGHT = "MC-BILL-105";
    static final String NOT_CORRECTABLE = "MC-BILL-110";
    // Adapters
    static final String NO_ADAPTER = "MC-BILL-200";
    static final String DUPLICATE_ADAPTER = "MC-BILL-201";
    static final String ADAPTER_FAILED = "MC-BILL-202";
    static final String TTL_INVALID = "MC-BILL-203";
    static final String LEASE_INVALID = "MC-BILL-204";
    static final String MISSING_X12_SETTINGS = "MC-BILL-205";
    // Scrubber edits
    static final String EDIT_MISSING = "MC-BILL-301";
    static final String EDIT_NPI = "MC-BILL-302";
    static final String EDIT_ICD = "MC-BILL-303";
    static final String EDIT_PROCEDURE = "MC-BILL-304";
    static final String EDIT_MODIFIER = "MC-BILL-305";
    static final String EDIT_POINTER = "MC-BILL-306";
    static final String EDIT_COVERAGE_INACTIVE = "MC-BILL-307";
    static final String EDIT_DUPLICATE_LINE = "MC-BILL-308";
    static final String EDIT_UNITS = "MC-BILL-309";
    static final String EDIT_CHARGE = "MC-BILL-310";
    static final String EDIT_TIMELY_FILING = "MC-BILL-311";
    static final String EDIT_TOO_MANY = "MC-BILL-312";
    static final String EDIT_PLACE_OF_SERVICE = "MC-BILL-313";
    static final String EDIT_MIXED_LINES = "MC-BILL-314";
    static final String EDIT_NO_PRIOR_ADJUDICATION = "MC-BILL-315";
    static final String EDIT_RULE_FAILED = "MC-BILL-399";

    static final String NOT_FOUND = "MC-BILL-404";

    private Codes() {
    }
}
