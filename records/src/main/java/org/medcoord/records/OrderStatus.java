package org.medcoord.records;

/**
 * Whether a medication order still generates doses.
 *
 * @since 0.1.0
 */
public enum OrderStatus {
    ACTIVE, STOPPED
}
