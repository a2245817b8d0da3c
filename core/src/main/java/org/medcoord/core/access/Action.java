package org.medcoord.core.access;

/**
 * What is done with data; the same values appear in access requests and audit events.
 *
 * @since 0.1.0
 */
public enum Action {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE, ADMINISTER
}
