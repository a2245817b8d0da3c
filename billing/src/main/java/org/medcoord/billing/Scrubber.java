package org.medcoord.billing;

import org.medcoord.core.access.AccessContext;

/**
 * The claim rule engine run before submission. Built-in edits, each an {@link EditSeverity#ERROR} unless
 * noted:
 * <ul>
 *   <li>{@code MC-BILL-301} a required field is missing (control number, billing NPI, diagnoses, lines,
 *       a line's procedure, rendering NPI or place of service)</li>
 *   <li>{@code MC-BILL-302} an NPI fails its format or Luhn check</li>
 *   <li>{@code MC-BILL-303} a malformed ICD-10-CM diagnosis</li>
 *   <li>{@code MC-BILL-304} a malformed CPT or HCPCS procedure</li>
 *   <li>{@code MC-BILL-305} a malformed modifier, or more than four</li>
 *   <li>{@code MC-BILL-306} a diagnosis pointer out of range (none, more than four, or past the diagnoses)</li>
 *   <li>{@code MC-BILL-307} the coverage is not active on a date of service</li>
 *   <li>{@code MC-BILL-308} two lines with the same procedure, modifiers and date of service (a warning:
 *       repeated services are legitimate with modifier 76 or 91)</li>
 *   <li>{@code MC-BILL-309} units not above zero</li>
 *   <li>{@code MC-BILL-310} a line charge not above zero</li>
 *   <li>{@code MC-BILL-311} past the payer's timely-filing limit</li>
 *   <li>{@code MC-BILL-312} more than {@value Claim#MAX_DIAGNOSES} diagnoses or {@value Claim#MAX_LINES} lines</li>
 *   <li>{@code MC-BILL-313} a malformed place of service</li>
 *   <li>{@code MC-BILL-314} lines with different rendering providers or places of service (an 837P claim
 *       carries one of each)</li>
 * </ul>
 * then the edits of every {@link org.medcoord.billing.spi.ClaimRule} applying to the payer. A rule that
 * throws gives the error edit {@code MC-BILL-399} naming the rule. Thread-safe.
 *
 * @since 0.1.0
 */
public interface Scrubber {

    /**
     * Checks a claim value (stored or not) against its coverage and payer, changing nothing.
     *
     * @param context who asks
     * @param claim   the claim
     * @return every edit found, errors first
     */
    ScrubReport check(AccessContext context, Claim claim);
}
