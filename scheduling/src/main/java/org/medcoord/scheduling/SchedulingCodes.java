package org.medcoord.scheduling;

/**
 * The stable error codes of the scheduling module. {@code 0NN} codes are violations of a
 * {@link org.medcoord.core.ValidationException}; {@code 1NN} codes are
 * {@link org.medcoord.core.ConflictException}s.
 *
 * @since 0.1.0
 */
public final class SchedulingCodes {
    /** A name or label is missing or too long. */
    public static final String NAME = "MC-SCHED-001";
    /** A capacity is outside 1 to 1000. */
    public static final String CAPACITY = "MC-SCHED-002";
    /** A time zone is missing. */
    public static final String ZONE = "MC-SCHED-003";
    /** A resource kind is missing. */
    public static final String KIND = "MC-SCHED-004";
    /** A resource id names no resource of the tenant. */
    public static final String UNKNOWN_RESOURCE = "MC-SCHED-005";
    /** An interval is missing a bound or does not end after it starts. */
    public static final String INTERVAL = "MC-SCHED-006";
    /** A block reason, lift reason or cancel reason is missing or too long. */
    public static final String REASON = "MC-SCHED-007";
    /** A duration is outside its allowed range. */
    public static final String DURATION = "MC-SCHED-008";
    /** A service type's requirements are missing, unnamed, duplicated or without candidates. */
    public static final String REQUIREMENTS = "MC-SCHED-009";
    /** Lead time or horizon is out of range. */
    public static final String BOOKING_WINDOW = "MC-SCHED-010";
    /** A service type id names no service type of the tenant. */
    public static final String UNKNOWN_SERVICE_TYPE = "MC-SCHED-011";
    /** A patient is missing. */
    public static final String PATIENT = "MC-SCHED-012";
    /** A booking's resources do not match the service type's roles. */
    public static final String ROLES = "MC-SCHED-014";
    /** A resource was chosen for a role it cannot fill. */
    public static final String NOT_A_CANDIDATE = "MC-SCHED-015";
    /** A start is earlier than the service type's lead time allows. */
    public static final String LEAD_TIME = "MC-SCHED-016";
    /** An end is later than the service type's horizon allows. */
    public static final String HORIZON = "MC-SCHED-017";
    /** A status must be reached through its own method (cancel, markNoShow, confirm, hold). */
    public static final String TRANSITION_METHOD = "MC-SCHED-023";
    /** An idempotency key is blank or too long. */
    public static final String IDEMPOTENCY_KEY = "MC-SCHED-020";
    /** Opening hours are missing or do not close after they open. */
    public static final String OPENING_HOURS = "MC-SCHED-021";
    /** An RRULE does not parse. */
    public static final String RRULE = "MC-SCHED-022";
    /** A waitlist priority is outside 1 to 9. */
    public static final String PRIORITY = "MC-SCHED-024";
    /** A notification channel id names no registered channel. */
    public static final String UNKNOWN_CHANNEL = "MC-SCHED-026";
    /** A recurring series' repetition or count is out of range. */
    public static final String SERIES = "MC-SCHED-027";
    /** A result count is out of range. */
    public static final String MAX_RESULTS = "MC-SCHED-025";

    /** A resource has no capacity left in the interval. */
    public static final String RESOURCE_FULL = "MC-SCHED-101";
    /** A resource is blocked in the interval. */
    public static final String RESOURCE_BLOCKED = "MC-SCHED-102";
    /** A resource is closed in the interval. */
    public static final String RESOURCE_CLOSED = "MC-SCHED-103";
    /** The patient already has an appointment overlapping the interval. */
    public static final String PATIENT_BUSY = "MC-SCHED-104";
    /** A hold lapsed before it was confirmed. */
    public static final String HOLD_EXPIRED = "MC-SCHED-105";
    /** The status transition is not legal. */
    public static final String ILLEGAL_TRANSITION = "MC-SCHED-106";
    /** An idempotency key was already used for a different request. */
    public static final String IDEMPOTENCY_REUSED = "MC-SCHED-107";
    /** The block was already lifted. */
    public static final String BLOCK_LIFTED = "MC-SCHED-108";
    /** The offer is no longer open (accepted, declined, expired or withdrawn). */
    public static final String OFFER_CLOSED = "MC-SCHED-109";
    /** Some occurrences of a recurring series collide; none was booked. */
    public static final String SERIES_CONFLICT = "MC-SCHED-110";
    /** A bed is occupied, being cleaned, or otherwise not free. */
    public static final String BED_UNAVAILABLE = "MC-SCHED-111";

    private SchedulingCodes() {
    }
}
