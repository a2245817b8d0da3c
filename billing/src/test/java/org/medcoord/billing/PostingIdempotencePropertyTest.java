package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.core.MedCoord;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * Posting an 835 a second time changes nothing, whatever it pays, adjusts or denies. Each case is generated
 * from its own seed (shown in the test name), so a failure reproduces by rerunning that seed.
 */
class PostingIdempotencePropertyTest {

    record Cas(AdjustmentGroup group, String reason, BigDecimal amount) {
    }

    record Payment(String status, BigDecimal paid, List<Cas> adjustments) {
    }

    private static MedCoord medcoord;
    private static final MutableClock CLOCK = new MutableClock(BillingTestBase.START);

    @BeforeAll
    static void start() {
        medcoord = MedCoord.builder()
                .setting(MedCoord.STORAGE_SETTING, "memory")
                .setting("medcoord.keys.encryption", TestKeys.randomKey())
                .setting("medcoord.keys.token", TestKeys.randomKey())
                .setting(BillingSettings.X12_SENDER_ID, "CLINIC01")
                .setting(BillingSettings.X12_RECEIVER_ID, "CLEARING01")
                .setting(BillingSettings.X12_RECEIVER_NAME, "Acme Clearinghouse")
                .setting(BillingSettings.X12_SUBMITTER_NAME, "Springfield Family Clinic")
                .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
                .setting(BillingSettings.X12_SUBMITTER_PHONE, "2175550100")
                .provider(PayerAdapter.class, new FakePayer("acme", BillingTestBase.ACME))
                .clock(CLOCK)
                .build();
    }

    @AfterAll
    static void stop() {
        medcoord.close();
    }

    static LongStream seeds() {
        return PropertySeeds.seeds(40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void postingTheSameFileTwiceEqualsPostingItOnce(long seed) {
        List<Payment> payments = payments(new Random(seed));
        String why = "seed " + seed + ", payments " + payments;
        AccessContext biller = AccessContext.of(TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 8)),
                Principal.of("biller", Roles.BILLING), PurposeOfUse.PAYMENT);
        PatientId patient = PatientId.next(CLOCK);
        Payer payer = medcoord.service(PayerRegistry.class).register(biller, new NewPayer("Acme", BillingTestBase.ACME, 90, BillingTestBase.USD));
        medcoord.service(CoverageService.class).add(biller, NewCoverage.self(patient, BillingTestBase.insured("Ann", "Smith"), payer.id(), "M1",
                "GOLD", CoverageOrder.PRIMARY, BillingTestBase.TODAY.minusYears(1)));
        ProviderDirectory providers = medcoord.service(ProviderDirectory.class);
        providers.registerBillingProvider(biller, new BillingProvider(BillingTestBase.BILLING_NPI, "Clinic", "123456789",
                PostalAddress.of("10 Clinic Way", "Springfield", "IL", "62701")));
        providers.registerRenderingProvider(biller, new RenderingProvider(BillingTestBase.RENDERING_NPI, "Grace", "Hopper"));
        ChargeService charges = medcoord.service(ChargeService.class);
        ClaimService claims = medcoord.service(ClaimService.class);
        PatientLedger ledger = medcoord.service(PatientLedger.class);
        Claim claim = claims.build(biller, patient, List.of(charges.capture(biller, NewCharge.builder(patient)
                .procedure("99213", BillingTestBase.usd("150.00")).diagnoses("I10").providers(BillingTestBase.RENDERING_NPI, BillingTestBase.BILLING_NPI)
                .serviceDate(BillingTestBase.TODAY).build()).id())).get(0);
        claims.scrub(biller, claim.id());
        claims.submit(biller, claim.id(), "k-" + claim.id());
        ClaimPayment[] clps = payments.stream().map(p -> new ClaimPayment(claim.controlNumber(), p.status(), new BigDecimal("150.00"), p.paid(),
                BigDecimal.ZERO, "PCN", p.adjustments().stream().map(c -> new Adjustment(c.group(), c.reason(), c.amount(), null)).toList(), List.of()))
                .toArray(ClaimPayment[]::new);
        byte[] file = RemittancePostingTest.x835(7, clps);
        RemittanceService remittances = medcoord.service(RemittanceService.class);

        RemittancePosting first = remittances.post(biller, "era", file);
        List<LedgerEntry> ledgerOnce = ledger.entries(biller, patient);
        Claim claimOnce = claims.claim(biller, claim.id());
        RemittancePosting second = remittances.post(biller, "era", file);

        assertThat(second.alreadyPosted()).as(why).isTrue();
        assertThat(second.claims()).as(why).isEqualTo(first.claims());
        assertThat(second.unmatched()).as(why).isEqualTo(first.unmatched());
        assertThat(ledger.entries(biller, patient)).as(why).isEqualTo(ledgerOnce);
        assertThat(claims.claim(biller, claim.id())).as(why).isEqualTo(claimOnce);
        assertThat(ledger.balance(biller, patient)).as(why).contains(ledgerOnce.stream().map(LedgerEntry::amount).reduce(org.medcoord.core.Money::plus).orElseThrow());
    }

    /** 1 to 3 claim payments, any status of 1, 2, 4, 19, 22, 23, paid 0 to 150.00, 0 to 4 CAS adjustments each. */
    static List<Payment> payments(Random random) {
        AdjustmentGroup[] groups = {AdjustmentGroup.CO, AdjustmentGroup.PR, AdjustmentGroup.OA, AdjustmentGroup.PI};
        String[] reasons = {"1", "2", "3", "45", "50", "96"};
        String[] statuses = {"1", "2", "4", "19", "22", "23"};
        int size = 1 + random.nextInt(3);
        List<Payment> payments = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int casCount = random.nextInt(5);
            List<Cas> cas = new ArrayList<>(casCount);
            for (int c = 0; c < casCount; c++) {
                cas.add(new Cas(groups[random.nextInt(groups.length)], reasons[random.nextInt(reasons.length)],
                        PropertySeeds.amount(random, new BigDecimal("0.01"), new BigDecimal("150.00"))));
            }
            payments.add(new Payment(statuses[random.nextInt(statuses.length)],
                    PropertySeeds.amount(random, BigDecimal.ZERO, new BigDecimal("150.00")), List.copyOf(cas)));
        }
        return payments;
    }
}
