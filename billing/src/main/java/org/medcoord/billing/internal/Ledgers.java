package org.medcoord.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.LedgerEntry;
import org.medcoord.billing.LedgerEntryPosted;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.data.DataSession;
import org.medcoord.core.data.Logged;

/**
 * Appends to a patient's ledger inside a session. Callers hold {@link Documents#PATIENT_LOCK} on the
 * patient, so that the currency check and the sequence number cannot race. Stateless.
 */
final class Ledgers {

    private static final int PAGE = 1000;

    private Ledgers() {
    }

    static List<LedgerEntry> entries(DataSession session, PatientId patient) {
        List<LedgerEntry> all = new ArrayList<>();
        long from = 1;
        while (true) {
            List<Logged<LedgerEntry>> page = session.read(Documents.LEDGER, patient.asString(), from, PAGE);
            page.forEach(logged -> all.add(withSeq(logged.entry(), logged.seq())));
            if (page.size() < PAGE) {
                return all;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
    }

    /** @return the entry at {@code seq} */
    static LedgerEntry entry(DataSession session, PatientId patient, long seq) {
        Logged<LedgerEntry> logged = session.read(Documents.LEDGER, patient.asString(), seq, 1).get(0);
        return withSeq(logged.entry(), logged.seq());
    }

    /** The stored entry carries no sequence number of its own: the log's gap-free number is the truth. */
    private static LedgerEntry withSeq(LedgerEntry entry, long seq) {
        return new LedgerEntry(seq, entry.patient(), entry.type(), entry.amount(), entry.charge(), entry.claim(), entry.memo(), entry.key(),
                entry.posted());
    }

    /** Appends one entry with a signed amount; returns it with its sequence number. Reads only the first entry (for the currency). */
    static LedgerEntry append(DataSession session, PatientId patient, LedgerEntryType type, Money signedAmount,
                              Optional<ChargeId> charge, Optional<ClaimId> claim, String memo, Optional<String> key) {
        List<Logged<LedgerEntry>> first = session.read(Documents.LEDGER, patient.asString(), 1, 1);
        new Violations().addIf(!first.isEmpty() && !first.get(0).entry().amount().currency().equals(signedAmount.currency()), "amount",
                Codes.LEDGER_CURRENCY, "the patient's ledger is in " + (first.isEmpty() ? "" : first.get(0).entry().amount().currency())
                        + "; post in that currency").throwIfAny();
        LedgerEntry draft = new LedgerEntry(0, patient, type, signedAmount, charge, claim, memo, key, session.now());
        long seq = session.append(Documents.LEDGER, patient.asString(), draft);
        LedgerEntry entry = withSeq(draft, seq);
        session.publish(new LedgerEntryPosted(patient, seq, type, signedAmount));
        return entry;
    }
}
