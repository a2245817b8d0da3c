package org.medcoord.core.audit;

/**
 * The fields an audit report can be sorted by.
 *
 * @since 0.1.0
 */
public enum AuditField {
    SEQUENCE, TIME, USER, PATIENT, ACTION, CATEGORY, OUTCOME, PURPOSE, SOURCE
}
