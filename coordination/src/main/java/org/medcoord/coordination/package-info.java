/**
 * Coordination: the medical coordinator's desk. Cross-domain {@link org.medcoord.coordination.Workflows} driven by the
 * event outbox (equipment outages block bookings, fulfilled procedures consume their kits, discharges request
 * follow-ups, low stock and missed doses become tasks), the {@link org.medcoord.coordination.Worklist}, inquiries and
 * complaints ({@link org.medcoord.coordination.CaseService}), {@link org.medcoord.coordination.ReferralService referrals}
 * and {@link org.medcoord.coordination.Handoffs handoff notes}, the
 * {@link org.medcoord.coordination.ProcedureCatalog procedure catalog} and the
 * {@link org.medcoord.coordination.DailyReports daily report}. It uses the public API of scheduling, records,
 * inventory and billing only. Every service takes an {@link org.medcoord.core.access.AccessContext} first.
 *
 * @since 0.1.0
 */
package org.medcoord.coordination;
