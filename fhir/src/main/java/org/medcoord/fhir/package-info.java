/**
 * FHIR R4 interoperability on HAPI FHIR's R4 model: {@link org.medcoord.fhir.FhirMapper} maps MedCoord's
 * records, scheduling and inventory values to FHIR resources and back; {@link org.medcoord.fhir.PatientExports}
 * exports one patient's whole record as a {@code collection} Bundle (HIPAA right of access, audited as a
 * disclosure); {@link org.medcoord.fhir.BundleImports} imports a {@code transaction} or {@code collection}
 * Bundle into records, idempotently and all or nothing; {@link org.medcoord.fhir.BulkExports} writes every
 * patient of a tenant as NDJSON files in the Bulk Data {@code $export} layout, streamed and resumable.
 *
 * <p>Obtain the services from a built {@link org.medcoord.core.MedCoord}: {@code medcoord.service(FhirMapper.class)},
 * and likewise for the others.
 *
 * <p>Issue and violation codes:
 * <table>
 *   <caption>FHIR codes</caption>
 *   <tr><td>{@code MC-FHIR-001}</td><td>a mapping failed; its issues say why</td></tr>
 *   <tr><td>{@code MC-FHIR-010}</td><td>an id that is not a MedCoord id (a UUID) where one is required</td></tr>
 *   <tr><td>{@code MC-FHIR-011}</td><td>a required element is missing</td></tr>
 *   <tr><td>{@code MC-FHIR-012}</td><td>a code in a system MedCoord does not accept there, or a code it does not know</td></tr>
 *   <tr><td>{@code MC-FHIR-013}</td><td>a value or unit MedCoord cannot accept (a vital sign unit, an impossible value)</td></tr>
 *   <tr><td>{@code MC-FHIR-014}</td><td>content MedCoord has no place for: left out and reported (a warning)</td></tr>
 *   <tr><td>{@code MC-FHIR-015}</td><td>record content with no FHIR mapping in this release, left out of a bundle and reported</td></tr>
 *   <tr><td>{@code MC-FHIR-020}</td><td>a resource type an import does not take: left out and reported (a warning)</td></tr>
 *   <tr><td>{@code MC-FHIR-021}</td><td>a bundle that is not of type transaction or collection</td></tr>
 *   <tr><td>{@code MC-FHIR-022}</td><td>a bundle without exactly one Patient, or a resource about another patient</td></tr>
 *   <tr><td>{@code MC-FHIR-023}</td><td>input that is not a FHIR R4 JSON Bundle</td></tr>
 *   <tr><td>{@code MC-FHIR-030}</td><td>records rejected an imported resource (the records violation is in the message)</td></tr>
 *   <tr><td>{@code MC-FHIR-031}</td><td>an import request without a facility, or a facility records does not accept</td></tr>
 *   <tr><td>{@code MC-FHIR-040}</td><td>a bulk export could not write its files</td></tr>
 *   <tr><td>{@code MC-FHIR-041}</td><td>a bulk export request or resume cursor that is not valid</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
package org.medcoord.fhir;
