/**
 * An example payer integration for the fictional health plan Prairie Mutual: the
 * {@link org.medcoord.example.payer.PrairieMutualPayer} adapter (eligibility, acknowledgement,
 * deterministic adjudication from its fee schedule, 835 remittances) and its payer-specific claim edit
 * {@link org.medcoord.example.payer.PrairieModifier25Rule}, both registered in {@code META-INF/services}.
 *
 * @since 0.1.0
 */
package org.medcoord.example.payer;
