/**
 * Billing: payers and patient coverage, eligibility, fee schedules, charge capture, professional claims
 * with scrubbing before submission, submission through payer adapters, remittance posting and the
 * patient ledger with statements and reports.
 *
 * <p>Services take an {@link org.medcoord.core.access.AccessContext} first. Money is
 * {@link org.medcoord.core.Money} throughout.
 *
 * @since 0.1.0
 */
package org.medcoord.billing;
