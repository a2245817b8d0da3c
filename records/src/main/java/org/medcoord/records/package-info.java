/**
 * Patient records: the patient registry (demographics, MRNs unique per facility, external identifiers,
 * search through tokenised index fields, duplicate detection and merge), history intake, encounters
 * and clinical notes that become immutable once signed.
 *
 * <p>Every method takes the caller's {@link org.medcoord.core.access.AccessContext} first; every read,
 * search, create and update is checked against the access policy and audited in the same transaction.
 * Nothing that identifies a person reaches the storage engine in clear: bodies are encrypted and
 * identifying index values are HMAC tokens, so searches match exactly (after normalising case, white
 * space and, for names, accents), never by prefix.
 *
 * <p>Lists "in creation order" are ordered by their time-ordered (UUID v7) ids: to the millisecond;
 * documents created within the same millisecond come in no particular order.
 *
 * <p>Obtain the services from a built {@link org.medcoord.core.MedCoord}:
 * {@code medcoord.service(PatientRegistry.class)}, {@code medcoord.service(MedicalHistory.class)},
 * {@code medcoord.service(Encounters.class)}, {@code medcoord.service(ClinicalNotes.class)},
 * {@code medcoord.service(Consents.class)}, {@code medcoord.service(Vitals.class)},
 * {@code medcoord.service(MedicationSchedules.class)}, {@code medcoord.service(Amendments.class)},
 * {@code medcoord.service(RecordExports.class)}, {@code medcoord.service(CareTeams.class)}.
 *
 * <p>A clinician reads a patient's chart only within a care relationship (a practitioner of the patient's
 * care team, or break-glass): see {@link org.medcoord.records.CareTeams}. Reads hidden by a consent
 * restriction or a sensitive category answer "not found" and are audited as denied.
 *
 * <p>Violation and error codes:
 * <table>
 *   <caption>Records codes</caption>
 *   <tr><td>{@code MC-REC-001}</td><td>a required field is missing</td></tr>
 *   <tr><td>{@code MC-REC-002}</td><td>a birth date in the future or more than 150 years ago</td></tr>
 *   <tr><td>{@code MC-REC-003}</td><td>a facility code that is not 1 to 10 letters or digits</td></tr>
 *   <tr><td>{@code MC-REC-004}</td><td>a phone number without 7 to 15 digits</td></tr>
 *   <tr><td>{@code MC-REC-005}</td><td>an e-mail address without a single {@code @}</td></tr>
 *   <tr><td>{@code MC-REC-006}</td><td>a preferred language that is not a BCP 47 tag</td></tr>
 *   <tr><td>{@code MC-REC-007}</td><td>an external identifier without system or value, or listed twice</td></tr>
 *   <tr><td>{@code MC-REC-008}</td><td>an imported MRN that is blank, too long, or has the generated form</td></tr>
 *   <tr><td>{@code MC-REC-009}</td><td>a page size outside 1 to 100</td></tr>
 *   <tr><td>{@code MC-REC-010}</td><td>a text field longer than its limit</td></tr>
 *   <tr><td>{@code MC-REC-020}</td><td>the external identifier is already held by another patient</td></tr>
 *   <tr><td>{@code MC-REC-021}</td><td>the MRN is already held by another patient of the facility</td></tr>
 *   <tr><td>{@code MC-REC-022}</td><td>the patient is not active (deactivated or merged)</td></tr>
 *   <tr><td>{@code MC-REC-023}</td><td>a merge of a patient with itself or into a patient that is not active</td></tr>
 *   <tr><td>{@code MC-REC-030}</td><td>a history entry that is incomplete or inconsistent</td></tr>
 *   <tr><td>{@code MC-REC-040}</td><td>a note that is signed and cannot change: add an addendum</td></tr>
 *   <tr><td>{@code MC-REC-041}</td><td>an addendum to a note that is not signed yet</td></tr>
 *   <tr><td>{@code MC-REC-042}</td><td>an encounter that is already finished, or would end before it began</td></tr>
 *   <tr><td>{@code MC-REC-043}</td><td>the appointment already has an encounter</td></tr>
 *   <tr><td>{@code MC-REC-044}</td><td>only a note's author may revise or sign the draft</td></tr>
 *   <tr><td>{@code MC-REC-045}</td><td>the encounter belongs to another patient</td></tr>
 *   <tr><td>{@code MC-REC-050}</td><td>a consent restriction or permission that is incomplete</td></tr>
 *   <tr><td>{@code MC-REC-060}</td><td>a vital sign without a unit, or in a unit its kind does not accept</td></tr>
 *   <tr><td>{@code MC-REC-061}</td><td>a vital sign value that is not physically possible</td></tr>
 *   <tr><td>{@code MC-REC-062}</td><td>a vital sign measured in the future</td></tr>
 *   <tr><td>{@code MC-REC-070}</td><td>a medication dose without a positive amount or without a unit</td></tr>
 *   <tr><td>{@code MC-REC-071}</td><td>a frequency, order period, schedule window or grace period out of range</td></tr>
 *   <tr><td>{@code MC-REC-072}</td><td>a time that is not a dose of the order</td></tr>
 *   <tr><td>{@code MC-REC-073}</td><td>a held or refused dose without a reason</td></tr>
 *   <tr><td>{@code MC-REC-074}</td><td>the dose was already recorded</td></tr>
 *   <tr><td>{@code MC-REC-075}</td><td>the medication order is already stopped</td></tr>
 *   <tr><td>{@code MC-REC-080}</td><td>an amendment request, reason or statement without text</td></tr>
 *   <tr><td>{@code MC-REC-081}</td><td>the amendment was already accepted or denied</td></tr>
 *   <tr><td>{@code MC-REC-082}</td><td>an amendment accepted with the wrong kind of correction</td></tr>
 *   <tr><td>{@code MC-REC-083}</td><td>a statement of disagreement with an amendment that was not denied</td></tr>
 *   <tr><td>{@code MC-REC-090}</td><td>an export could not be written (a defect)</td></tr>
 *   <tr><td>{@code MC-REC-100}</td><td>a care team member without id or role, with a bad period or sharing</td></tr>
 *   <tr><td>{@code MC-REC-101}</td><td>the member already holds that role in the care team for an overlapping period</td></tr>
 *   <tr><td>{@code MC-REC-102}</td><td>a clinician reading a chart outside their care relationship (access denied)</td></tr>
 *   <tr><td>{@code MC-REC-103}</td><td>the care team membership has already ended</td></tr>
 *   <tr><td>{@code MC-REC-404}</td><td>the patient, entry, encounter or note does not exist in the tenant</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
package org.medcoord.records;
