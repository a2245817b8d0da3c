package org.medcoord.billing;

import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * A manual ledger posting: a patient payment, a refund or an adjustment.
 *
 * @param patient the patient; required
 * @param type    {@link LedgerEntryType#PATIENT_PAYMENT}, {@link LedgerEntryType#REFUND} or
 *                {@link LedgerEntryType#ADJUSTMENT} (charges come from {@link ChargeService}, insurance
 *                payments from remittance posting)
 * @param amount  for payments and refunds the amount paid or returned, above zero; for an adjustment the
 *                credit (positive lowers the balance, negative raises it), not zero
 * @param claim   the claim it concerns, if any
 * @param memo    a short description without PHI; required
 * @param key     an idempotency key: posting twice with one key posts once
 * @since 0.1.0
 */
public record LedgerPosting(PatientId patient, LedgerEntryType type, Money amount, Optional<ClaimId> claim, String memo,
                            Optional<String> key) {
    /** Null optionals become empty. */
    public LedgerPosting {
        claim = claim == null ? Optional.empty() : claim;
        key = key == null ? Optional.empty() : key;
    }

    /**
     * @param patient the patient
     * @param amount  the amount paid
     * @param memo    what for
     * @param key     an idempotency key, or null
     * @return a patient payment
     */
    public static LedgerPosting patientPayment(PatientId patient, Money amount, String memo, String key) {
        return new LedgerPosting(patient, LedgerEntryType.PATIENT_PAYMENT, amount, Optional.empty(), memo, Optional.ofNullable(key));
    }
}
