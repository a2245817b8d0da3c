/**
 * What vendors implement for billing: payer adapters (eligibility, claim submission, claim status,
 * remittances) and payer-specific claim rules. Plain Java interfaces, discovered with
 * {@link java.util.ServiceLoader}.
 *
 * @since 0.1.0
 */
package org.medcoord.billing.spi;
