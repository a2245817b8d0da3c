package org.medcoord.billing;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FeeScheduleService#define} needs. Defining a schedule for a payer and plan (or the self-pay
 * list) that already has one replaces its fees.
 *
 * @param payer    the payer; empty for the self-pay price list
 * @param plan     the plan; empty for every plan of the payer (must be empty for self-pay)
 * @param currency the currency; must be the payer's
 * @param fees     at least one fee; procedure codes CPT or HCPCS, at most one fee per procedure and modifier
 * @since 0.1.0
 */
public record NewFeeSchedule(Optional<PayerId> payer, Optional<String> plan, Currency currency, List<Fee> fees) {

    /**
     * @param currency the currency
     * @param fees     the prices
     * @return the self-pay price list
     */
    public static NewFeeSchedule selfPay(Currency currency, List<Fee> fees) {
        return new NewFeeSchedule(Optional.empty(), Optional.empty(), currency, fees);
    }

    /**
     * @param payer    the payer
     * @param plan     the plan, or null for every plan of the payer
     * @param currency the currency
     * @param fees     the allowed amounts
     * @return a payer's schedule
     */
    public static NewFeeSchedule forPayer(PayerId payer, String plan, Currency currency, List<Fee> fees) {
        return new NewFeeSchedule(Optional.of(payer), Optional.ofNullable(plan), currency, fees);
    }
}
