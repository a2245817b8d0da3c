package org.medcoord.coordination;

/**
 * The stable error codes of the coordination module. {@code 0NN} codes are violations of a
 * {@link org.medcoord.core.ValidationException}; {@code 1NN} codes are {@link org.medcoord.core.ConflictException}s;
 * {@code 404} is a {@link org.medcoord.core.NotFoundException}.
 *
 * @since 0.1.0
 */
public final class CoordinationCodes {
    /** A task names a role the clinic does not know (see {@link Worklist#EXTRA_ROLES_SETTING}). */
    public static final String UNKNOWN_ROLE = "MC-COORD-001";
    /** A task type is missing. */
    public static final String TASK_TYPE = "MC-COORD-002";
    /** A title, summary or note text is missing or too long. */
    public static final String TEXT = "MC-COORD-003";
    /** A priority is missing. */
    public static final String PRIORITY = "MC-COORD-004";
    /** A due time is missing. */
    public static final String DUE = "MC-COORD-005";
    /** A task has neither role nor assignee, or an assignee id is blank or too long. */
    public static final String ASSIGNEE = "MC-COORD-006";
    /** A case has no category. */
    public static final String CASE_CATEGORY = "MC-COORD-007";
    /** A case has no channel. */
    public static final String CASE_CHANNEL = "MC-COORD-008";
    /** A resolution is missing when a case is resolved. */
    public static final String RESOLUTION = "MC-COORD-009";
    /** A billing code is not a well-formed CPT or HCPCS code, or a modifier is malformed, or units are not positive. */
    public static final String BILLING_CODE = "MC-COORD-010";
    /** A procedure names a service type that scheduling does not know. */
    public static final String UNKNOWN_SERVICE_TYPE = "MC-COORD-011";
    /** A procedure names a kit that inventory does not know. */
    public static final String UNKNOWN_KIT = "MC-COORD-012";
    /** A procedure names an equipment type that inventory does not know (or an item that is no equipment type). */
    public static final String UNKNOWN_EQUIPMENT_TYPE = "MC-COORD-013";
    /** A kit's stock location is missing or unknown. */
    public static final String UNKNOWN_LOCATION = "MC-COORD-014";
    /** A service type appears twice in one catalog. */
    public static final String DUPLICATE_PROCEDURE = "MC-COORD-015";
    /** A follow-up plan has no service type, or a delay or window out of range. */
    public static final String FOLLOW_UP_PLAN = "MC-COORD-016";
    /** A patient is required. */
    public static final String PATIENT = "MC-COORD-017";
    /** A referral's recipient is missing or its NPI is malformed. */
    public static final String REFERRAL_RECIPIENT = "MC-COORD-018";
    /** A handoff note has no recipient. */
    public static final String HANDOFF_RECIPIENT = "MC-COORD-019";
    /** A consumer name is not 1 to 64 of {@code [A-Za-z0-9._-]}, or a batch size is out of range. */
    public static final String CONSUMER = "MC-COORD-020";
    /** A report's location, day or zone is missing. */
    public static final String REPORT_SCOPE = "MC-COORD-021";
    /** An equipment link names an unknown asset, or a resource that is unknown or no equipment. */
    public static final String EQUIPMENT_LINK = "MC-COORD-022";
    /** A charge setup's NPI or place of service is malformed. */
    public static final String CHARGE_SETUP = "MC-COORD-023";
    /** A task, case or referral cannot make the requested change from its current status. */
    public static final String ILLEGAL_TRANSITION = "MC-COORD-101";
    /** A fulfilled appointment's kit cannot be consumed because no encounter records the appointment. */
    public static final String NO_ENCOUNTER = "MC-COORD-102";
    /** A task, case, referral or handoff note was not found in the caller's tenant. */
    public static final String NOT_FOUND = "MC-COORD-404";

    private CoordinationCodes() {
    }
}
