package org.medcoord.billing.x12;

/**
 * The stable codes of the X12 package, in area {@code EDI} ({@code MC-EDI-NNN}: the kernel's code pattern
 * allows letters only in the area). Errors ({@link X12Exception}) are 0NN, writer violations
 * ({@link org.medcoord.core.ValidationException}) 1NN, reader warnings ({@link ParseWarning}) 2NN.
 *
 * @since 0.1.0
 */
public final class X12Codes {

    /** The input is not an X12 interchange or breaks its syntax (no ISA, bad delimiters, garbage). */
    public static final String NOT_X12 = "MC-EDI-001";
    /** SE01, GE01 or IEA01 counts, or ST02/SE02, GS06/GE02, ISA13/IEA02 control numbers, disagree. */
    public static final String CONTROL_MISMATCH = "MC-EDI-002";
    /** The input ends before its IEA: truncated. */
    public static final String TRUNCATED = "MC-EDI-003";
    /** StAEDI's envelope validation (ISA/GS/ST/SE/GE/IEA) found another error. */
    public static final String ENVELOPE_INVALID = "MC-EDI-004";
    /** The transaction set is not the one this reader reads (ST01). */
    public static final String WRONG_TRANSACTION = "MC-EDI-005";
    /** A required element is missing. */
    public static final String REQUIRED_ELEMENT = "MC-EDI-006";
    /** An element is not a valid number or date. */
    public static final String BAD_VALUE = "MC-EDI-007";
    /** An element holds a code outside its code list. */
    public static final String BAD_CODE = "MC-EDI-008";
    /** A segment sits where the transaction's loop structure does not allow it. */
    public static final String BAD_STRUCTURE = "MC-EDI-009";
    /** The input could not be read. */
    public static final String IO = "MC-EDI-010";
    /** StAEDI rejected a segment while writing (a bug or an input the validation let through). */
    public static final String WRITE_REJECTED = "MC-EDI-020";

    /** Writer: a required field is missing. */
    public static final String V_REQUIRED = "MC-EDI-101";
    /** Writer: a value is longer than its element allows. */
    public static final String V_TOO_LONG = "MC-EDI-102";
    /** Writer: a value contains a delimiter or a control character. */
    public static final String V_DELIMITER = "MC-EDI-103";
    /** Writer: a value has the wrong form (digits, length, code list). */
    public static final String V_FORMAT = "MC-EDI-104";
    /** Writer: a control number is outside 1..999999999. */
    public static final String V_CONTROL_NUMBER = "MC-EDI-105";
    /** Writer: the claim total is not the sum of its line charges. */
    public static final String V_TOTAL = "MC-EDI-106";
    /** Writer: too few or too many repetitions (claims, lines, diagnoses, modifiers, pointers). */
    public static final String V_COUNT = "MC-EDI-107";
    /** Writer: a diagnosis pointer points past the claim's diagnoses. */
    public static final String V_POINTER = "MC-EDI-108";
    /** Writer: a charge or unit count is not positive, or an amount has more than 2 decimals. */
    public static final String V_AMOUNT = "MC-EDI-109";
    /** Writer: a field required by another one is missing (patient, prior payer). */
    public static final String V_DEPENDENT = "MC-EDI-110";

    /** Reader warning: ISA12 and GS08 name different X12 versions. */
    public static final String W_VERSION_MISMATCH = "MC-EDI-201";
    /** Reader warning: GS08 is not the 005010 implementation guide of the transaction. */
    public static final String W_GUIDE = "MC-EDI-202";
    /** Reader warning: a composite uses another component separator than ISA16; it was split on it. */
    public static final String W_COMPONENT_SEPARATOR = "MC-EDI-203";
    /** Reader warning: the last segment has no terminator. */
    public static final String W_NO_FINAL_TERMINATOR = "MC-EDI-204";
    /** Reader warning: CAS group CR, which X12 5010 removed. */
    public static final String W_GROUP_CR = "MC-EDI-205";
    /** Reader warning: a claim without an HI diagnosis segment. */
    public static final String W_NO_DIAGNOSIS = "MC-EDI-206";
    /** Reader warning: a service line without diagnosis pointers (SV107). */
    public static final String W_NO_POINTER = "MC-EDI-207";
    /** Reader warning: BPR02 does not equal the claim payments less the provider adjustments. */
    public static final String W_UNBALANCED = "MC-EDI-208";

    /** Reader warning: an informational date is not a valid date; it was left empty. */
    public static final String W_BAD_DATE = "MC-EDI-209";

    private X12Codes() {
    }
}
