package org.medcoord.records;

/**
 * Where an amendment request stands.
 *
 * @since 0.1.0
 */
public enum AmendmentStatus {
    REQUESTED, ACCEPTED, DENIED
}
