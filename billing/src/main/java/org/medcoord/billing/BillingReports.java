package org.medcoord.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.medcoord.core.access.AccessContext;

/**
 * The billing reports of a clinic: A/R aging, revenue and denial rate. Aggregates over the whole tenant:
 * checked and audited as a {@code SEARCH} of {@code BILLING} data without a patient. Dates are UTC. Thread-safe.
 *
 * @since 0.1.0
 */
public interface BillingReports {

    /**
     * @param context  who asks
     * @param asOf     the report date
     * @param currency the currency of the buckets (entries in other currencies are left out)
     * @return payer and patient A/R by age
     */
    ArAging arAging(AccessContext context, LocalDate asOf, Currency currency);

    /**
     * @param context  who asks
     * @param from     the first month
     * @param to       the last month
     * @param currency the currency reported (amounts in other currencies are left out)
     * @return one row per month, payer and rendering provider with charges or payments, ordered by month,
     *         then rendering NPI, then payer
     */
    List<RevenueRow> revenue(AccessContext context, YearMonth from, YearMonth to, Currency currency);

    /**
     * @param context who asks
     * @param from    the first day
     * @param to      the last day
     * @return the denial rate and the denials by reason code
     */
    DenialReport denials(AccessContext context, LocalDate from, LocalDate to);
}
