/**
 * Billing: payers and patient coverage, eligibility, fee schedules, charge capture, professional claims
 * with scrubbing before submission, submission through payer adapters, remittance posting and the
 * patient ledger with statements and reports.
 *
 * <p>Services take an {@link org.medcoord.core.access.AccessContext} first: coverage and eligibility are
 * checked against the {@code INSURANCE} data category, everything else against {@code BILLING}; an
 * eligibility inquiry and a claim submission are audited as {@code DISCLOSE} (PHI leaves the clinic for a
 * payer). Events ({@link org.medcoord.billing.ChargeCaptured}, {@link org.medcoord.billing.ClaimCreated},
 * {@link org.medcoord.billing.ClaimSubmitted}, {@link org.medcoord.billing.ClaimStatusChanged},
 * {@link org.medcoord.billing.RemittancePosted}, {@link org.medcoord.billing.UnmatchedRemittanceLine},
 * {@link org.medcoord.billing.LedgerEntryPosted}, {@link org.medcoord.billing.CoverageChanged},
 * {@link org.medcoord.billing.ChargeVoided}, {@link org.medcoord.billing.ClaimLineCorrected}) carry ids and codes, never PHI.
 *
 * <p><b>Money and rounding.</b> Money is {@link org.medcoord.core.Money} (BigDecimal and currency) throughout,
 * at the currency's minor unit with half-even rounding; billing never multiplies or divides amounts except
 * the denial rate (four decimals, half-even). A patient ledger holds one currency; X12 amounts are read and
 * written as they are.
 *
 * <p><b>Error codes.</b>
 * <ul>
 *   <li>{@code MC-BILL-001..006} payers: name, X12 payer id, timely-filing days, currency, X12 payer id taken, claim filing indicator</li>
 *   <li>{@code MC-BILL-010..018} coverage: patient, payer unknown, member id, plan, relationship or order,
 *       subscriber or dependent details, period, overlapping order, address</li>
 *   <li>{@code MC-BILL-020..025} fee schedules: no fees, procedure or modifier, duplicate fee, amount,
 *       currency, plan on the self-pay list</li>
 *   <li>{@code MC-BILL-030..041} charges: procedure, more than four modifiers, units, amount, number of
 *       diagnoses, duplicate diagnosis, pointers, date of service missing or in the future, encounter or
 *       appointment reference, reason, providers (malformed codes and NPIs give core's {@code MC-CODE-*})</li>
 *   <li>{@code MC-BILL-050..057} claims: no charges, unknown charge, charge not open, charge repeated, no
 *       primary coverage, no next coverage, idempotency key, reason codes</li>
 *   <li>{@code MC-BILL-060..065} ledger: posting type, amount, currency, memo, appointment, no copay known
 *   (no active primary coverage, or an eligibility answer without one)</li>
 *   <li>{@code MC-BILL-070..071} provider directory: name, tax id</li>
 *   <li>{@code MC-BILL-100..105} conflicts: illegal claim transition, charge not voidable, claim not
 *       adjudicated, claim not a draft, claim not submittable or key used for another claim, submission in
 *       flight</li>
 *   <li>{@code MC-BILL-200..205} configuration: no payer adapter, two adapters for one payer id, adapter
 *       failed, eligibility TTL setting, submission lease setting, X12 settings missing</li>
 *   <li>{@code MC-BILL-301..315, 399} scrubber edits (see {@link org.medcoord.billing.Scrubber})</li>
 *   <li>{@code MC-BILL-410..413} remittance lines that matched nothing (see
 *       {@link org.medcoord.billing.UnmatchedPayment})</li>
 *   <li>{@code MC-BILL-404} not found</li>
 * </ul>
 *
 * @since 0.1.0
 */
package org.medcoord.billing;
