package org.medcoord.records;

/**
 * What happened to a scheduled dose.
 *
 * @since 0.1.0
 */
public enum AdministrationOutcome {
    GIVEN, HELD, REFUSED, MISSED
}
