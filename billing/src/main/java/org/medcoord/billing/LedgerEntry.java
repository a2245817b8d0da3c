package org.medcoord.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * One line of a patient's ledger. Entries are never changed or removed; a correction is a new entry.
 *
 * @param seq      its position in the patient's ledger, from 1, gap-free
 * @param patient  the patient
 * @param type     what it records
 * @param amount   its effect on the balance: positive raises what the patient owes, negative lowers it
 * @param charge   the charge it concerns, if any
 * @param claim    the claim it concerns, if any
 * @param memo     a short description without PHI (for example {@code "copay"}, a CARC code)
 * @param key      the idempotency key it was posted with, if any
 * @param posted   when it was posted
 * @since 0.1.0
 */
public record LedgerEntry(long seq, PatientId patient, LedgerEntryType type, Money amount, Optional<ChargeId> charge,
                          Optional<ClaimId> claim, String memo, Optional<String> key, Instant posted) {
    /** Checks the components are present. */
    public LedgerEntry {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(memo, "memo");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(posted, "posted");
    }

    /** Prints the sequence number and type only: what a patient owes and for what is PHI. */
    @Override
    public String toString() {
        return "LedgerEntry[#" + seq + " " + type + "]";
    }
}
