package org.medcoord.billing;

import java.util.Currency;

/**
 * What {@link PayerRegistry#register} needs to add a payer. Checked by the registry, which reports every
 * problem at once.
 *
 * @param name             the display name; required
 * @param x12PayerId       the X12 payer id, 2 to 80 letters, digits or dashes; unique in a tenant
 * @param timelyFilingDays days after the date of service a claim may be filed, 1 to 3650
 * @param currency         the currency of its fee schedules and payments; required
 * @since 0.1.0
 */
public record NewPayer(String name, String x12PayerId, int timelyFilingDays, Currency currency) {
}
