package org.medcoord.billing.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.medcoord.billing.AgingBuckets;
import org.medcoord.billing.LedgerEntry;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.billing.LedgerPosting;
import org.medcoord.billing.PatientLedger;
import org.medcoord.billing.Statement;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.Violations;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Action;
import org.medcoord.core.data.DataStore;
import org.medcoord.core.data.Versioned;

/** The {@link PatientLedger} on one append-only log stream per patient. */
final class DefaultPatientLedger implements PatientLedger {

    private final DataStore data;

    DefaultPatientLedger(DataStore data) {
        this.data = data;
    }

    @Override
    public LedgerEntry post(AccessContext context, LedgerPosting posting) {
        Violations violations = new Violations();
        violations.addIf(posting.patient() == null, "patient", Codes.PATIENT_REQUIRED, "name the patient");
        LedgerEntryType type = posting.type();
        violations.addIf(type != LedgerEntryType.PATIENT_PAYMENT && type != LedgerEntryType.REFUND && type != LedgerEntryType.ADJUSTMENT,
                "type", Codes.LEDGER_TYPE_INVALID, "post patient payments, refunds or adjustments here; charges come from ChargeService"
                        + " and insurance payments from remittance posting");
        Money amount = posting.amount();
        violations.addIf(amount == null || amount.isZero() || (type != LedgerEntryType.ADJUSTMENT && amount.isNegative()), "amount",
                Codes.LEDGER_AMOUNT_INVALID, "payments and refunds are above zero; an adjustment is not zero");
        violations.addIf(posting.memo() == null || posting.memo().isBlank(), "memo", Codes.MEMO_REQUIRED, "say what the posting is for");
        violations.addIf(posting.key().isPresent() && !posting.key().get().matches("[A-Za-z0-9._:|-]{1,128}"), "key", Codes.KEY_INVALID,
                "an idempotency key is 1 to 128 of letters, digits and . _ : | -");
        violations.throwIfAny();
        // Payments and credit adjustments lower what the patient owes; refunds raise it.
        Money signed = type == LedgerEntryType.REFUND ? amount : amount.negate();
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.CREATE, Optional.of(posting.patient()), "ledger.post", "bill-ledger/" + posting.patient());
            session.lock(Documents.PATIENT_LOCK, posting.patient().asString());
            Optional<String> keyId = posting.key().map(k -> posting.patient().asString() + "|" + k);
            if (keyId.isPresent()) {
                Optional<Versioned<Documents.PostingKey>> used = session.find(Documents.POSTING_KEY, keyId.get());
                if (used.isPresent()) {
                    long seq = used.get().value().seq();
                    return Ledgers.entry(session, posting.patient(), seq);
                }
            }
            LedgerEntry entry = Ledgers.append(session, posting.patient(), type, signed, Optional.empty(), posting.claim(),
                    posting.memo().strip(), posting.key());
            keyId.ifPresent(id -> session.insert(Documents.POSTING_KEY, id, new Documents.PostingKey(entry.seq())));
            return entry;
        });
    }

    @Override
    public LedgerEntry collectCopay(AccessContext context, PatientId patient, String appointmentRef, Money amount) {
        new Violations().addIf(appointmentRef == null || !appointmentRef.matches("[A-Za-z0-9._:-]{1,100}"), "appointmentRef",
                Codes.APPOINTMENT_REQUIRED, "give the id of the appointment checked in (1 to 100 of letters, digits and . _ : -)").throwIfAny();
        return post(context, LedgerPosting.patientPayment(patient, amount, "copay", "copay:" + appointmentRef));
    }

    @Override
    public List<LedgerEntry> entries(AccessContext context, PatientId patient) {
        return data.inTransaction(context, session -> {
            Access.billing(session, Action.READ, Optional.of(patient), "ledger.read", "bill-ledger/" + patient);
            return Ledgers.entries(session, patient);
        });
    }

    @Override
    public Optional<Money> balance(AccessContext context, PatientId patient) {
        return entries(context, patient).stream().map(LedgerEntry::amount).reduce(Money::plus);
    }

    @Override
    public Statement statement(AccessContext context, PatientId patient, LocalDate asOf, Currency currency) {
        new Violations().addIf(asOf == null, "asOf", Codes.SERVICE_DATE_REQUIRED, "give the statement date").throwIfAny();
        List<LedgerEntry> entries = entries(context, patient).stream()
                .filter(e -> !LocalDate.ofInstant(e.posted(), ZoneOffset.UTC).isAfter(asOf)).toList();
        Currency used = entries.isEmpty() ? currency : entries.get(0).amount().currency();
        Money balance = entries.stream().map(LedgerEntry::amount).reduce(Money.zero(used), Money::plus);
        return new Statement(patient, asOf, entries, balance, age(entries, asOf, used));
    }

    /** Applies credits to the oldest debits first and ages what remains of each debit from its posting day. */
    static AgingBuckets age(List<LedgerEntry> entries, LocalDate asOf, Currency currency) {
        Deque<Money> remaining = new ArrayDeque<>();
        Deque<LocalDate> days = new ArrayDeque<>();
        Money credit = Money.zero(currency);
        for (LedgerEntry entry : entries) {
            if (entry.amount().isPositive()) {
                remaining.addLast(entry.amount());
                days.addLast(LocalDate.ofInstant(entry.posted(), ZoneOffset.UTC));
            } else {
                credit = credit.plus(entry.amount().negate());
            }
        }
        AgingBuckets aging = AgingBuckets.zero(currency);
        while (!remaining.isEmpty()) {
            Money debit = remaining.removeFirst();
            LocalDate day = days.removeFirst();
            Money applied = credit.min(debit);
            credit = credit.minus(applied);
            Money open = debit.minus(applied);
            if (open.isPositive()) {
                aging = aging.add(ChronoUnit.DAYS.between(day, asOf), open);
            }
        }
        // More credited than owed: the credit balance shows in the youngest bucket.
        return credit.isPositive() ? aging.add(0, credit.negate()) : aging;
    }
}
