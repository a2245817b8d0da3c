package org.medcoord.billing;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.access.AccessContext;

/**
 * The payers a clinic bills. Payers hold no PHI; access is checked against the {@code BILLING} data
 * category all the same. Thread-safe.
 *
 * @since 0.1.0
 */
public interface PayerRegistry {

    /**
     * Adds a payer.
     *
     * @param context who asks
     * @param payer   the payer's details
     * @return the stored payer
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-BILL-001..005}); an
     *         X12 payer id already registered is {@code MC-BILL-005}
     */
    Payer register(AccessContext context, NewPayer payer);

    /**
     * @param context who asks
     * @param id      the payer's id
     * @return the payer
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is none
     */
    Payer payer(AccessContext context, PayerId id);

    /**
     * @param context    who asks
     * @param x12PayerId the X12 payer id
     * @return the payer registered under it, if any
     */
    Optional<Payer> byX12PayerId(AccessContext context, String x12PayerId);

    /**
     * @param context who asks
     * @return every payer of the tenant, by name
     */
    List<Payer> payers(AccessContext context);
}
