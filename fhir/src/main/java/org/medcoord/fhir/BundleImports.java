package org.medcoord.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.medcoord.core.access.AccessContext;

/**
 * Imports one patient's FHIR R4 {@code transaction} or {@code collection} Bundle into records: the Patient,
 * AllergyIntolerance, Condition, MedicationStatement and MedicationRequest (into the medication list, as the
 * other system prescribed them; they do not become orders here), Immunization, Procedure (past surgeries),
 * FamilyMemberHistory and Observation (vital signs into the chart, social history into the history). Every
 * entry is recorded with provenance {@link org.medcoord.records.EntrySource#IMPORTED}. Thread-safe.
 *
 * <ul>
 *   <li><b>All or nothing.</b> Everything is checked first, and every problem of every resource is reported
 *       together in one {@link org.medcoord.core.ValidationException} (field {@code "Bundle.entry[i] Type path"},
 *       codes {@code MC-FHIR-NNN}); then all writes run in one transaction through the records services, so a
 *       problem only records can find (a taken identifier) rolls every write back too.</li>
 *   <li><b>Idempotent.</b> The patient is matched by identifier (any of its identifiers a patient of the tenant
 *       already holds); entries already in the chart (same content; vital signs of the same kind, time and value)
 *       are not recorded again, so importing the same bundle twice changes nothing. Imports into one patient take
 *       turns on a lock, so racing imports of one bundle record each entry once (two imports that both register a
 *       new patient race on the identifier, which the engine keeps unique: the loser fails with a conflict and
 *       stores nothing).</li>
 *   <li><b>Nothing dropped silently.</b> Resource types the import does not take, and content the records model
 *       has no place for, come back as warnings in {@link ImportResult#warnings()}.</li>
 * </ul>
 *
 * <p>Access is the records services': the caller needs to register patients and record clinical and medication
 * history and vital signs (the default policy grants that to clinicians acting for treatment, who also need a care
 * relationship to an existing patient, and to the {@code system} role).
 *
 * @since 0.1.0
 */
public interface BundleImports {

    /**
     * @param facility the code of the facility that registers a new patient (issues their MRN)
     * @throws org.medcoord.core.ValidationException listing every problem; nothing is stored
     */
    ImportResult importBundle(AccessContext context, String facility, Bundle bundle);

    /**
     * As {@link #importBundle}, for FHIR JSON.
     *
     * @throws org.medcoord.core.ValidationException {@code MC-FHIR-023} when the input is not a FHIR R4 JSON Bundle
     */
    ImportResult importJson(AccessContext context, String facility, byte[] json);
}
