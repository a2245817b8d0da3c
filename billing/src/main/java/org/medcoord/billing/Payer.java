package org.medcoord.billing;

import java.util.Currency;
import java.util.Objects;

/**
 * A payer of the registry: an insurance company or plan administrator claims are sent to. Holds no PHI.
 *
 * @param id                 the payer's id
 * @param name               its display name, for example {@code "Acme Health"}
 * @param x12PayerId         the payer id used in X12 interchanges (NM109 of loop 2010BB) and to pick the
 *                           {@link org.medcoord.billing.spi.PayerAdapter} that serves it
 * @param timelyFilingDays   how many days after the date of service a claim may still be filed
 * @param currency           the currency of its fee schedules and payments
 * @since 0.1.0
 */
public record Payer(PayerId id, String name, String x12PayerId, int timelyFilingDays, Currency currency) {
    /** Checks the components are present. */
    public Payer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x12PayerId, "x12PayerId");
        Objects.requireNonNull(currency, "currency");
    }
}
