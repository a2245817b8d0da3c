/**
 * Codes: {@link org.medcoord.core.code.Coding} (a code in a code system), the canonical URIs of the code
 * systems MedCoord knows ({@link org.medcoord.core.code.CodeSystems}), format checks for the US claim
 * codes ({@link org.medcoord.core.code.CodeFormats}) and the {@link org.medcoord.core.code.CodeValidator}
 * that combines them with the licensed tables vendors plug in through
 * {@link org.medcoord.core.spi.CodeSystem}.
 *
 * <p>Checks return {@link org.medcoord.core.Violation}s rather than throwing, so that a command with many
 * codes reports every bad one at once. Their messages never repeat the offending value. Stable codes:
 * <table>
 *   <caption>Violation codes</caption>
 *   <tr><td>{@code MC-CODE-001}</td><td>the code is missing or blank</td></tr>
 *   <tr><td>{@code MC-CODE-002}</td><td>not an ICD-10-CM code</td></tr>
 *   <tr><td>{@code MC-CODE-003}</td><td>not a CPT code</td></tr>
 *   <tr><td>{@code MC-CODE-004}</td><td>not a HCPCS Level II code</td></tr>
 *   <tr><td>{@code MC-CODE-005}</td><td>not a procedure modifier</td></tr>
 *   <tr><td>{@code MC-CODE-006}</td><td>not an NDC in a recognised layout</td></tr>
 *   <tr><td>{@code MC-CODE-007}</td><td>a 10-digit NDC without hyphens, which is ambiguous</td></tr>
 *   <tr><td>{@code MC-CODE-008}</td><td>an NPI that is not 10 digits</td></tr>
 *   <tr><td>{@code MC-CODE-009}</td><td>an NPI whose check digit is wrong</td></tr>
 *   <tr><td>{@code MC-CODE-010}</td><td>a place of service that is not two digits</td></tr>
 *   <tr><td>{@code MC-CODE-011}</td><td>a place of service CMS has not assigned</td></tr>
 *   <tr><td>{@code MC-CODE-012}</td><td>a code the registered code system does not contain</td></tr>
 *   <tr><td>{@code MC-CODE-013}</td><td>the code system URI is missing or blank</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
package org.medcoord.core.code;
