package org.medcoord.records;

/**
 * How a medication is given.
 *
 * @since 0.1.0
 */
public enum Route {
    ORAL, SUBLINGUAL, INTRAVENOUS, INTRAMUSCULAR, SUBCUTANEOUS, TOPICAL, TRANSDERMAL, INHALED, RECTAL, OTHER
}
