package org.medcoord.billing;

import java.util.List;
import java.util.Optional;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.access.AccessContext;

/**
 * The append-only ledger of what each patient owes. Its balance is always exactly the sum of its entries'
 * amounts; one ledger holds one currency. Every call is checked and audited against the {@code BILLING}
 * data category of the patient. Thread-safe: postings to one patient are serialised.
 *
 * @since 0.1.0
 */
public interface PatientLedger {

    /**
     * Posts a patient payment, refund or adjustment, publishing {@link LedgerEntryPosted}. A key already
     * used returns the entry first posted with it and posts nothing.
     *
     * @param context who asks
     * @param posting the posting
     * @return the entry
     * @throws org.medcoord.core.ValidationException ({@code MC-BILL-060..064}) listing every problem, among
     *         them a currency other than the ledger's
     */
    LedgerEntry post(AccessContext context, LedgerPosting posting);

    /**
     * Collects a copay at check-in: a patient payment with memo {@code "copay"}, keyed by the appointment so
     * that checking in twice collects once.
     *
     * @param context        who asks
     * @param patient        the patient
     * @param appointmentRef the opaque id of the appointment checked in
     * @param amount         the copay, above zero (see {@link Eligibility#copay()})
     * @return the entry
     */
    LedgerEntry collectCopay(AccessContext context, PatientId patient, String appointmentRef, Money amount);

    /**
     * @param context who asks
     * @param patient the patient
     * @return every entry, oldest first
     */
    List<LedgerEntry> entries(AccessContext context, PatientId patient);

    /**
     * @param context who asks
     * @param patient the patient
     * @return the sum of the entries; empty while the ledger has none
     */
    Optional<Money> balance(AccessContext context, PatientId patient);

    /**
     * The patient's statement as of a date (UTC), with its balance aged in 0–30, 31–60, 61–90 and 90+ day
     * buckets.
     *
     * @param context  who asks
     * @param patient  the patient
     * @param asOf     the statement date
     * @param currency the currency of an empty ledger's zero balance (a ledger with entries uses its own)
     * @return the statement
     */
    Statement statement(AccessContext context, PatientId patient, java.time.LocalDate asOf, java.util.Currency currency);
}
