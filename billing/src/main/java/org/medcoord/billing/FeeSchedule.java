package org.medcoord.billing;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The allowed amounts of one payer (for one plan, or for every plan of the payer), or the clinic's
 * self-pay price list when {@code payer} is empty.
 *
 * @param id       the schedule's id
 * @param payer    the payer; empty for the self-pay price list
 * @param plan     the plan it applies to; empty for every plan of the payer
 * @param currency the currency of every fee
 * @param fees     the fees, one per procedure and modifier
 * @since 0.1.0
 */
public record FeeSchedule(FeeScheduleId id, Optional<PayerId> payer, Optional<String> plan, Currency currency, List<Fee> fees) {
    /** Checks the components are present and copies the fees. */
    public FeeSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(currency, "currency");
        fees = List.copyOf(fees);
    }

    /** @return true for the self-pay price list */
    public boolean selfPay() {
        return payer.isEmpty();
    }
}
