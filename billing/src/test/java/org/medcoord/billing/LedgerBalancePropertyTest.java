package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/** The patient ledger's invariant: whatever is posted, in any order, the balance is the sum of the entries. */
class LedgerBalancePropertyTest {

    record Posting(LedgerEntryType type, BigDecimal amount, boolean keyed, int keyNumber) {
    }

    private static MedCoord medcoord;
    private static final MutableClock CLOCK = new MutableClock(BillingTestBase.START);

    @BeforeContainer
    static void start() {
        medcoord = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .setting("medcoord.keys.encryption", TestKeys.randomKey())
                .setting("medcoord.keys.token", TestKeys.randomKey())
                .clock(CLOCK)
                .build();
    }

    @AfterContainer
    static void stop() {
        medcoord.close();
    }

    @Property(tries = 60)
    void theBalanceIsAlwaysTheSumOfTheEntries(@ForAll("postings") List<Posting> postings) {
        PatientLedger ledger = medcoord.service(PatientLedger.class);
        ChargeService charges = medcoord.service(ChargeService.class);
        AccessContext biller = AccessContext.of(TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8)),
                Principal.of("biller", Roles.BILLING), PurposeOfUse.PAYMENT);
        PatientId patient = PatientId.next(CLOCK);
        for (Posting posting : postings) {
            Money amount = new Money(posting.amount(), BillingTestBase.USD);
            if (posting.type() == LedgerEntryType.CHARGE) {
                charges.capture(biller, NewCharge.builder(patient).procedure("99213", amount).diagnoses("I10")
                        .providers(BillingTestBase.RENDERING_NPI, BillingTestBase.BILLING_NPI).serviceDate(BillingTestBase.TODAY).build());
            } else {
                Money signed = posting.type() == LedgerEntryType.ADJUSTMENT && posting.keyNumber() % 2 == 0 ? amount.negate() : amount;
                ledger.post(biller, new LedgerPosting(patient, posting.type(), signed, Optional.empty(), "posting",
                        posting.keyed() ? Optional.of("k" + posting.keyNumber()) : Optional.empty()));
            }
            List<LedgerEntry> entries = ledger.entries(biller, patient);
            Money sum = entries.stream().map(LedgerEntry::amount).reduce(Money.zero(BillingTestBase.USD), Money::plus);
            assertThat(ledger.balance(biller, patient)).contains(sum);
            assertThat(entries).extracting(LedgerEntry::seq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, entries.size()).boxed().toList());
        }
        long distinctKeyed = postings.stream().filter(p -> p.type() != LedgerEntryType.CHARGE && p.keyed()).map(Posting::keyNumber).distinct().count();
        long unkeyed = postings.stream().filter(p -> p.type() == LedgerEntryType.CHARGE || !p.keyed()).count();
        assertThat(ledger.entries(biller, patient)).hasSize((int) (distinctKeyed + unkeyed));
    }

    @Provide
    Arbitrary<List<Posting>> postings() {
        Arbitrary<LedgerEntryType> types = Arbitraries.of(LedgerEntryType.CHARGE, LedgerEntryType.PATIENT_PAYMENT, LedgerEntryType.ADJUSTMENT,
                LedgerEntryType.REFUND);
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000.00")).ofScale(2);
        return Combinators.combine(types, amounts, Arbitraries.of(true, false), Arbitraries.integers().between(0, 4))
                .as(Posting::new).list().ofMinSize(1).ofMaxSize(12);
    }
}
