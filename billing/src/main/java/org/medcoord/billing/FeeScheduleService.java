package org.medcoord.billing;

import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.access.AccessContext;

/**
 * Fee schedules per payer and plan and the self-pay price list. Holds no PHI; checked against the
 * {@code BILLING} data category. Thread-safe.
 *
 * <p><b>Lookup order.</b> An allowed amount is looked up in the payer's schedule for the plan, then in the
 * payer's schedule for every plan; in each, the fee for the procedure with the modifier wins over the fee
 * for the procedure without one.
 *
 * @since 0.1.0
 */
public interface FeeScheduleService {

    /**
     * Defines (or replaces) a schedule.
     *
     * @param context  who asks
     * @param schedule the schedule
     * @return the stored schedule
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-BILL-020..025})
     */
    FeeSchedule define(AccessContext context, NewFeeSchedule schedule);

    /**
     * @param context   who asks
     * @param payer     the payer
     * @param plan      the patient's plan
     * @param procedure a CPT or HCPCS code
     * @param modifier  the first modifier billed, if any
     * @return the allowed amount per unit, when a schedule lists the procedure
     */
    Optional<Money> allowedAmount(AccessContext context, PayerId payer, String plan, String procedure, Optional<String> modifier);

    /**
     * @param context   who asks
     * @param procedure a CPT or HCPCS code
     * @param modifier  the first modifier billed, if any
     * @return the self-pay price per unit, when the price list has the procedure
     */
    Optional<Money> selfPayPrice(AccessContext context, String procedure, Optional<String> modifier);
}
