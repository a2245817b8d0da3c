package org.medcoord.billing;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;

/**
 * Revenue of one month, payer and rendering provider.
 *
 * @param month        the month: of the date of service for charges, of posting for payments
 * @param payer        the primary payer billed; empty for charges not on a claim (self-pay)
 * @param renderingNpi the rendering provider's NPI
 * @param charged      the charges captured (void charges left out)
 * @param paid         what payers paid, as posted from remittances (reversals subtracted)
 * @since 0.1.0
 */
public record RevenueRow(YearMonth month, Optional<PayerId> payer, String renderingNpi, Money charged, Money paid) {
    /** Checks the components are present. */
    public RevenueRow {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(renderingNpi, "renderingNpi");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(paid, "paid");
    }
}
