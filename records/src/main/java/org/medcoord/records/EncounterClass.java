package org.medcoord.records;

/**
 * The setting of an encounter (FHIR {@code v3-ActEncounterCode}, simplified).
 *
 * @since 0.1.0
 */
public enum EncounterClass {
    AMBULATORY, EMERGENCY, INPATIENT, VIRTUAL, HOME
}
