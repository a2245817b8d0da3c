package org.medcoord.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Denials among the claims adjudicated in a period.
 *
 * @param from        the first day (UTC)
 * @param to          the last day (UTC)
 * @param adjudicated how many claims were adjudicated (paid, partially paid or denied) in the period
 * @param denied      how many of those adjudications were denials
 * @param rate        denied / adjudicated, rounded half-even to 4 decimals; zero when nothing was adjudicated
 * @param byReason    how many denials carried each reason code
 * @since 0.1.0
 */
public record DenialReport(LocalDate from, LocalDate to, long adjudicated, long denied, BigDecimal rate, Map<String, Long> byReason) {
    /** Checks the components are present and copies the map. */
    public DenialReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        byReason = Map.copyOf(byReason);
    }
}
