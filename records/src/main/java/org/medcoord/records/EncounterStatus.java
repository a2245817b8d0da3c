package org.medcoord.records;

/**
 * Where an encounter stands.
 *
 * @since 0.1.0
 */
public enum EncounterStatus {
    IN_PROGRESS, FINISHED
}
