package org.medcoord.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/**
 * A patient statement: the ledger up to a date, its balance and the balance's age. Credits (payments,
 * adjustments) are applied to the oldest charges first; what remains of each charge is aged from the day it
 * was posted. PHI: {@link #toString()} prints the patient id and date only.
 *
 * @param patient the patient
 * @param asOf    the statement date (UTC)
 * @param entries the ledger entries posted up to and including that date, oldest first
 * @param balance the sum of those entries
 * @param aging   the balance by age; its total equals the balance
 * @since 0.1.0
 */
public record Statement(PatientId patient, LocalDate asOf, List<LedgerEntry> entries, Money balance, AgingBuckets aging) {
    /** Checks the components are present and copies the entries. */
    public Statement {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(asOf, "asOf");
        entries = List.copyOf(entries);
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(aging, "aging");
    }

    /** Prints the patient id and date only. */
    @Override
    public String toString() {
        return "Statement[" + patient + " " + asOf + "]";
    }
}
