package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * The patient ledger's invariant: whatever is posted, in any order, the balance is the sum of the entries.
 * Each case is generated from its own seed (shown in the test name), so a failure reproduces by rerunning
 * that seed.
 */
class LedgerBalancePropertyTest {

    record Posting(LedgerEntryType type, BigDecimal amount, boolean keyed, int keyNumber) {
    }

    private static MedCoord medcoord;
    private static final MutableClock CLOCK = new MutableClock(BillingTestBase.START);

    @BeforeAll
    static void start() {
        medcoord = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .setting("medcoord.keys.encryption", TestKeys.randomKey())
                .setting("medcoord.keys.token", TestKeys.randomKey())
                .clock(CLOCK)
                .build();
    }

    @AfterAll
    static void stop() {
        medcoord.close();
    }

    static LongStream seeds() {
        return PropertySeeds.seeds(60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBalanceIsAlwaysTheSumOfTheEntries(long seed) {
        List<Posting> postings = postings(new Random(seed));
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
            assertThat(ledger.balance(biller, patient)).as("seed %d, postings %s", seed, postings).contains(sum);
            assertThat(entries).as("seed %d, postings %s", seed, postings).extracting(LedgerEntry::seq).containsExactlyElementsOf(
                    LongStream.rangeClosed(1, entries.size()).boxed().toList());
        }
        long distinctKeyed = postings.stream().filter(p -> p.type() != LedgerEntryType.CHARGE && p.keyed()).map(Posting::keyNumber).distinct().count();
        long unkeyed = postings.stream().filter(p -> p.type() == LedgerEntryType.CHARGE || !p.keyed()).count();
        assertThat(ledger.entries(biller, patient)).as("seed %d, postings %s", seed, postings).hasSize((int) (distinctKeyed + unkeyed));
    }

    /** 1 to 12 postings of any type, amounts 0.01 to 5000.00 (bounds included often), keys 0 to 4. */
    static List<Posting> postings(Random random) {
        LedgerEntryType[] types = {LedgerEntryType.CHARGE, LedgerEntryType.PATIENT_PAYMENT, LedgerEntryType.ADJUSTMENT, LedgerEntryType.REFUND};
        int size = 1 + random.nextInt(12);
        List<Posting> postings = new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            postings.add(new Posting(types[random.nextInt(types.length)],
                    PropertySeeds.amount(random, new BigDecimal("0.01"), new BigDecimal("5000.00")), random.nextBoolean(), random.nextInt(5)));
        }
        return postings;
    }
}
