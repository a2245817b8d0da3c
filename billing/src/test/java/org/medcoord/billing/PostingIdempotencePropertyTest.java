package org.medcoord.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
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

/** Posting an 835 a second time changes nothing, whatever it pays, adjusts or denies. */
class PostingIdempotencePropertyTest {

    record Cas(AdjustmentGroup group, String reason, BigDecimal amount) {
    }

    record Payment(String status, BigDecimal paid, List<Cas> adjustments) {
    }

    private static MedCoord medcoord;
    private static final MutableClock CLOCK = new MutableClock(BillingTestBase.START);

    @BeforeContainer
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

    @AfterContainer
    static void stop() {
        medcoord.close();
    }

    @Property(tries = 40)
    void postingTheSameFileTwiceEqualsPostingItOnce(@ForAll("payments") List<Payment> payments) {
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

        assertThat(second.alreadyPosted()).isTrue();
        assertThat(second.claims()).isEqualTo(first.claims());
        assertThat(second.unmatched()).isEqualTo(first.unmatched());
        assertThat(ledger.entries(biller, patient)).isEqualTo(ledgerOnce);
        assertThat(claims.claim(biller, claim.id())).isEqualTo(claimOnce);
        assertThat(ledger.balance(biller, patient)).contains(ledgerOnce.stream().map(LedgerEntry::amount).reduce(org.medcoord.core.Money::plus).orElseThrow());
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        Arbitrary<Cas> cas = Combinators.combine(Arbitraries.of(AdjustmentGroup.CO, AdjustmentGroup.PR, AdjustmentGroup.OA, AdjustmentGroup.PI),
                Arbitraries.of("1", "2", "3", "45", "50", "96"),
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("150.00")).ofScale(2)).as(Cas::new);
        Arbitrary<Payment> payment = Combinators.combine(Arbitraries.of("1", "2", "4", "19", "22", "23"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150.00")).ofScale(2), cas.list().ofMaxSize(4))
                .as(Payment::new);
        return payment.list().ofMinSize(1).ofMaxSize(3);
    }
}
