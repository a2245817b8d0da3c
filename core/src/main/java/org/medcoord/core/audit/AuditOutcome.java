package org.medcoord.core.audit;

/**
 * How an audited operation ended.
 *
 * @since 0.1.0
 */
public enum AuditOutcome {
    /** It went ahead. */
    SUCCESS,
    /** The access policy denied it. */
    DENIED,
    /** It was permitted but failed (validation, conflict). */
    FAILURE
}
