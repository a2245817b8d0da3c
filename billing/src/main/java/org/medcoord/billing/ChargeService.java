package org.medcoord.billing;

import java.util.List;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * Charge capture. Every call is checked and audited against the {@code BILLING} data category of the
 * patient. Capturing a charge also posts it to the {@link PatientLedger}. Thread-safe.
 *
 * @since 0.1.0
 */
public interface ChargeService {

    /**
     * Captures a charge and posts it to the patient's ledger, publishing {@link ChargeCaptured}. With a
     * {@link NewCharge#sourceKey() source key} already used, returns the charge first captured with it and
     * records nothing (a workflow replaying an event never charges twice), even when two threads race.
     *
     * @param context who asks
     * @param charge  the service line
     * @return the stored charge
     * @throws org.medcoord.core.ValidationException listing every problem ({@code MC-BILL-030..042} and
     *         core's {@code MC-CODE-*} for malformed codes and NPIs)
     */
    Charge capture(AccessContext context, NewCharge charge);

    /**
     * @param context who asks
     * @param id      the charge
     * @return the charge
     * @throws org.medcoord.core.NotFoundException ({@code MC-BILL-404}) when there is none
     */
    Charge charge(AccessContext context, ChargeId id);

    /**
     * @param context who asks
     * @param patient the patient
     * @return the patient's open (not yet billed) charges, oldest first
     */
    List<Charge> openCharges(AccessContext context, PatientId patient);

    /**
     * Voids an open charge and reverses its ledger line, publishing {@link ChargeVoided}.
     *
     * @param context who asks
     * @param id      the charge
     * @param reason  why, for the audit trail; required, no PHI
     * @return the voided charge
     * @throws org.medcoord.core.ConflictException ({@code MC-BILL-101}) when the charge is not open
     */
    Charge voidCharge(AccessContext context, ChargeId id, String reason);
}
