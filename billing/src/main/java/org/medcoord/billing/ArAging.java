package org.medcoord.billing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts receivable by age. Payer A/R is the total of the claims still open at the payer (submitted,
 * accepted, appealed), aged from their first date of service; patient A/R is the sum of every positive
 * patient balance, aged as on the patients' statements.
 *
 * @param asOf     the report date (UTC)
 * @param byPayer  the payer A/R of each payer with open claims
 * @param payers   the payer A/R of all payers
 * @param patients the patient A/R
 * @since 0.1.0
 */
public record ArAging(LocalDate asOf, Map<PayerId, AgingBuckets> byPayer, AgingBuckets payers, AgingBuckets patients) {
    /** Checks the components are present and copies the map. */
    public ArAging {
        Objects.requireNonNull(asOf, "asOf");
        byPayer = Map.copyOf(byPayer);
        Objects.requireNonNull(payers, "payers");
        Objects.requireNonNull(patients, "patients");
    }
}
