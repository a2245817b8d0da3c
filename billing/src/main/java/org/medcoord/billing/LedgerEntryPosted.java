package org.medcoord.billing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.event.DomainEvent;

/**
 * An entry was appended to a patient's ledger. Carries ids and codes, never PHI.
 *
 * @param patient the patient
 * @param seq     the entry's sequence number in the ledger
 * @param entryType what it records
 * @param amount  its effect on the balance
 * @since 0.1.0
 */
public record LedgerEntryPosted(PatientId patient, long seq, LedgerEntryType entryType, Money amount) implements DomainEvent {
    /** The event type name. */
    public static final String TYPE = "billing.ledger-entry-posted";

    /** Checks the components are present. */
    public LedgerEntryPosted {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(entryType, "entryType");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
