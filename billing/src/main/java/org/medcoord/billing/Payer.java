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
 * @param claimFilingIndicator SBR09 of the claims billed to it (loop 2000B, and 2320 when it paid first):
 *                           {@code CI} commercial (the default), {@code MB} Medicare Part B, {@code MC}
 *                           Medicaid, {@code BL} Blue Cross Blue Shield, {@code HM} HMO, ...
 * @since 0.1.0
 */
public record Payer(PayerId id, String name, String x12PayerId, int timelyFilingDays, Currency currency, String claimFilingIndicator) {

    /** The claim filing indicator of commercial insurance, the default. */
    public static final String COMMERCIAL = "CI";

    /** Checks the components are present; a missing claim filing indicator (payers stored before it existed) is {@code CI}. */
    public Payer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x12PayerId, "x12PayerId");
        Objects.requireNonNull(currency, "currency");
        claimFilingIndicator = claimFilingIndicator == null || claimFilingIndicator.isBlank() ? COMMERCIAL : claimFilingIndicator;
    }

    /**
     * A commercial payer ({@code CI}).
     *
     * @param id               the payer's id
     * @param name             its display name
     * @param x12PayerId       its X12 payer id
     * @param timelyFilingDays its timely-filing limit in days
     * @param currency         its currency
     */
    public Payer(PayerId id, String name, String x12PayerId, int timelyFilingDays, Currency currency) {
        this(id, name, x12PayerId, timelyFilingDays, currency, COMMERCIAL);
    }
}
