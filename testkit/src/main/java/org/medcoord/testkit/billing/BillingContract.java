package org.medcoord.testkit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.BillingModule;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.BillingSettings;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.LedgerEntry;
import org.medcoord.billing.LedgerEntryType;
import org.medcoord.billing.LedgerPosting;
import org.medcoord.billing.NewCharge;
import org.medcoord.billing.NewCoverage;
import org.medcoord.billing.NewPayer;
import org.medcoord.billing.PatientLedger;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.billing.Submission;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimStatusResponse;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.Remittance835Writer;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.RemittanceParty;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.core.ConflictException;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.medcoord.core.spi.storage.StorageProvider;
import org.medcoord.testsupport.MutableClock;
import org.medcoord.testsupport.TestKeys;

/**
 * What every storage engine must support for MedCoord's billing: 8 threads submitting one claim with one
 * idempotency key reach the payer adapter exactly once; an 835 posted twice (also by racing threads) is
 * posted once; a patient's ledger balance is the sum of its entries after concurrent postings, with
 * gap-free sequence numbers; a charge captured by racing threads with one source key exists once. The
 * payer adapter is a small counting fake inside the contract. Extend it and return your provider.
 *
 * @since 0.1.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Billing contract")
public abstract class BillingContract {

    private static final int THREADS = 8;
    private static final String PAYER_ID = "CONTRACT1";
    private static final String BILLING_NPI = "1234567893";
    private static final String RENDERING_NPI = "9876543213";
    private static final Currency USD = Currency.getInstance("USD");

    /** @return the provider under test; MedCoord opens one engine from it for the whole class */
    protected abstract StorageProvider storageProvider();

    /** @return settings the provider needs (a JDBC URL, ...) */
    protected Map<String, String> storageSettings() {
        return Map.of();
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T15:00:00Z"));
    private final CountingPayer payer = new CountingPayer();
    private MedCoord medcoord;
    private AccessContext biller;
    private PatientId patient;

    @BeforeAll
    void start() {
        medcoord = MedCoord.builder()
                .storage(storageProvider())
                .settings(TestKeys.settings())
                .settings(storageSettings())
                .setting(BillingSettings.X12_SENDER_ID, "CLINIC01")
                .setting(BillingSettings.X12_RECEIVER_ID, "CLEARING01")
                .setting(BillingSettings.X12_RECEIVER_NAME, "Contract Clearinghouse")
                .setting(BillingSettings.X12_SUBMITTER_NAME, "Contract Clinic")
                .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
                .setting(BillingSettings.X12_SUBMITTER_PHONE, "2175550100")
                .setting(BillingSettings.X12_USAGE, "T")
                .module(new BillingModule())
                .provider(PayerAdapter.class, payer)
                .clock(clock)
                .withoutDiscovery()
                .build();
    }

    @AfterAll
    void stop() {
        if (medcoord != null) {
            medcoord.close();
        }
    }

    @BeforeEach
    void freshTenant() {
        biller = AccessContext.of(TenantId.of("bill-" + UUID.randomUUID().toString().substring(0, 8)), Principal.of("biller-kit", Roles.BILLING),
                PurposeOfUse.PAYMENT);
        patient = PatientId.next(clock);
        payer.submitCalls.set(0);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    /** A payer, providers and the patient's primary coverage. */
    private void billable() {
        Payer registered = medcoord.service(PayerRegistry.class).register(biller, new NewPayer("Contract Health", PAYER_ID, 365, USD));
        ProviderDirectory providers = medcoord.service(ProviderDirectory.class);
        providers.registerBillingProvider(biller, new BillingProvider(BILLING_NPI, "Contract Clinic", "123456789",
                PostalAddress.of("10 Clinic Way", "Springfield", "IL", "62701")));
        providers.registerRenderingProvider(biller, new RenderingProvider(RENDERING_NPI, "Grace", "Hopper"));
        medcoord.service(CoverageService.class).add(biller, NewCoverage.self(patient, new InsuredPerson("Ann", "Smith", LocalDate.of(1980, 4, 12),
                AdministrativeSex.FEMALE, PostalAddress.of("1 Main St", "Springfield", "IL", "62701")), registered.id(), "M123456", "GOLD",
                CoverageOrder.PRIMARY, today().minusYears(1)));
    }

    private NewCharge.Builder visit() {
        return NewCharge.builder(patient).procedure("99213", usd("120.00")).diagnoses("E11.9", "I10").pointers(1, 2)
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(today().minusDays(1));
    }

    private Claim scrubbedClaim() {
        billable();
        ChargeService charges = medcoord.service(ChargeService.class);
        ClaimService claims = medcoord.service(ClaimService.class);
        Charge first = charges.capture(biller, visit().build());
        Charge second = charges.capture(biller, NewCharge.builder(patient).procedure("J1100", usd("30.00")).units(2).diagnoses("E11.9")
                .providers(RENDERING_NPI, BILLING_NPI).serviceDate(today().minusDays(1)).build());
        Claim claim = claims.build(biller, patient, List.of(first.id(), second.id())).get(0);
        assertThat(claims.scrub(biller, claim.id()).clean()).as("the contract's claim scrubs clean").isTrue();
        return claims.claim(biller, claim.id());
    }

    private static <T> List<Future<T>> race(ExecutorService pool, Callable<T> work) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        return futures;
    }

    private static <T> List<T> outcomes(List<Future<T>> futures, Class<? extends RuntimeException> allowed) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get(120, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                if (!allowed.isInstance(e.getCause())) {
                    throw e;
                }
            }
        }
        return results;
    }

    @Test
    @DisplayName("8 threads submitting one claim with one idempotency key reach the payer adapter exactly once")
    void racingSubmissionsReachTheAdapterOnce() throws Exception {
        Claim claim = scrubbedClaim();
        ClaimService claims = medcoord.service(ClaimService.class);
        payer.submitDelayMillis = 50;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Submission> answered;
        try {
            // A thread that finds the submission in flight gets a retryable conflict (MC-BILL-105); all others the one result.
            answered = outcomes(race(pool, () -> claims.submit(biller, claim.id(), "contract-key-1")), ConflictException.class);
        } finally {
            pool.shutdownNow();
            payer.submitDelayMillis = 0;
        }

        assertThat(payer.submitCalls).hasValue(1);
        Submission settled = claims.submit(biller, claim.id(), "contract-key-1");
        assertThat(answered).isNotEmpty().allSatisfy(s -> assertThat(s.trackingId()).isEqualTo(settled.trackingId()));
        assertThat(payer.submitCalls).hasValue(1);
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    private byte[] remittanceFor(Claim claim) {
        List<ServicePayment> lines = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal patientShare = BigDecimal.ZERO;
        for (ClaimLine line : claim.lines()) {
            BigDecimal charge = line.amount().amount();
            BigDecimal share = charge.movePointLeft(1);
            paid = paid.add(charge.subtract(share).subtract(share));
            patientShare = patientShare.add(share);
            lines.add(new ServicePayment("HC", line.procedure(), line.modifiers(), charge, charge.subtract(share).subtract(share),
                    BigDecimal.valueOf(line.units()), line.serviceDate(), line.lineControlNumber(),
                    List.of(new Adjustment(AdjustmentGroup.CO, "45", share, null), new Adjustment(AdjustmentGroup.PR, "2", share, null))));
        }
        ClaimPayment payment = new ClaimPayment(claim.controlNumber(), "1", claim.total().amount(), paid, patientShare, "PAYER-1", List.of(), lines);
        RemittanceAdvice advice = new RemittanceAdvice("I", paid, "C", "NON", today(), "CONTRACTTRACE",
                new RemittanceParty("Contract Health", "XV", PAYER_ID), new RemittanceParty("Contract Clinic", "XX", BILLING_NPI),
                List.of(payment), List.of());
        return new Remittance835Writer().write(new InterchangeEnvelope("ZZ", "CONTRACT", "ZZ", "CLINIC01", 7, 7,
                LocalDateTime.of(2026, 11, 3, 9, 30), UsageIndicator.TEST), List.of(advice)).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    @DisplayName("posting the same 835 twice changes nothing the second time")
    void postingTwiceChangesNothing() {
        Claim claim = scrubbedClaim();
        ClaimService claims = medcoord.service(ClaimService.class);
        RemittanceService remittances = medcoord.service(RemittanceService.class);
        PatientLedger ledger = medcoord.service(PatientLedger.class);
        claims.submit(biller, claim.id(), "contract-key-2");
        byte[] era = remittanceFor(claims.claim(biller, claim.id()));

        RemittancePosting first = remittances.post(biller, "era-1", era);
        List<LedgerEntry> entries = ledger.entries(biller, patient);
        Claim paid = claims.claim(biller, claim.id());
        RemittancePosting second = remittances.post(biller, "era-1-again", era);

        assertThat(first.alreadyPosted()).isFalse();
        assertThat(first.claims()).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(ClaimStatus.PAID));
        assertThat(second.alreadyPosted()).isTrue();
        assertThat(second.claims()).isEqualTo(first.claims());
        assertThat(ledger.entries(biller, patient)).isEqualTo(entries);
        assertThat(claims.claim(biller, claim.id())).isEqualTo(paid);
        // charges 150.00, paid 120.00, contractual write-off 15.00: the patient owes 15.00
        assertThat(ledger.balance(biller, patient)).contains(usd("15.00"));
    }

    @Test
    @DisplayName("8 threads posting the same 835 at once post it once")
    void racingPostingsPostOnce() throws Exception {
        Claim claim = scrubbedClaim();
        ClaimService claims = medcoord.service(ClaimService.class);
        claims.submit(biller, claim.id(), "contract-key-3");
        byte[] era = remittanceFor(claims.claim(biller, claim.id()));
        RemittanceService remittances = medcoord.service(RemittanceService.class);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<RemittancePosting> postings;
        try {
            postings = outcomes(race(pool, () -> remittances.post(biller, "era-race", era)), ConflictException.class);
        } finally {
            pool.shutdownNow();
        }

        assertThat(postings).filteredOn(p -> !p.alreadyPosted()).hasSizeLessThanOrEqualTo(1);
        assertThat(remittances.post(biller, "era-race", era).alreadyPosted()).isTrue();
        List<LedgerEntry> entries = medcoord.service(PatientLedger.class).entries(biller, patient);
        assertThat(entries).extracting(LedgerEntry::type).containsExactly(LedgerEntryType.CHARGE, LedgerEntryType.CHARGE,
                LedgerEntryType.INSURANCE_PAYMENT, LedgerEntryType.ADJUSTMENT, LedgerEntryType.ADJUSTMENT);
        assertThat(medcoord.service(PatientLedger.class).balance(biller, patient)).contains(usd("15.00"));
        assertThat(claims.claim(biller, claim.id()).status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    @DisplayName("after concurrent postings the ledger balance is the sum of its entries, numbered without gaps")
    void concurrentLedgerPostingsKeepTheBalance() throws Exception {
        PatientLedger ledger = medcoord.service(PatientLedger.class);
        ledger.post(biller, new LedgerPosting(patient, LedgerEntryType.ADJUSTMENT, usd("-500.00"), Optional.empty(), "opening balance",
                Optional.empty()));
        int perThread = 5;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            outcomes(race(pool, () -> {
                for (int i = 0; i < perThread; i++) {
                    int n = next.incrementAndGet();
                    // every third posting repeats an earlier key: posted once however often it arrives
                    String key = key(n);
                    ledger.post(biller, new LedgerPosting(patient, LedgerEntryType.PATIENT_PAYMENT, usd(n + ".25"), Optional.empty(),
                            "payment", Optional.of(key)));
                }
                return null;
            }), NeverThrown.class);
        } finally {
            pool.shutdownNow();
        }

        List<LedgerEntry> entries = ledger.entries(biller, patient);
        Money sum = entries.stream().map(LedgerEntry::amount).reduce(Money.zero(USD), Money::plus);
        assertThat(ledger.balance(biller, patient)).contains(sum);
        assertThat(entries).extracting(LedgerEntry::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, entries.size()).boxed().toList());
        assertThat(entries.stream().filter(e -> e.type() == LedgerEntryType.PATIENT_PAYMENT).map(e -> e.key().orElseThrow()).distinct().count())
                .isEqualTo(entries.size() - 1L);
        long distinctKeys = java.util.stream.IntStream.rangeClosed(1, THREADS * perThread).mapToObj(BillingContract::key).distinct().count();
        assertThat(entries).hasSize(1 + (int) distinctKeys);
    }

    private static String key(int n) {
        return "pay-" + (n % 3 == 0 ? n - 1 : n);
    }

    @Test
    @DisplayName("8 threads capturing one charge with one source key capture it once")
    void racingCapturesWithOneSourceKeyCaptureOnce() throws Exception {
        ChargeService charges = medcoord.service(ChargeService.class);
        NewCharge charge = visit().sourceKey("encounter-42|line-1").build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Charge> captured;
        try {
            captured = outcomes(race(pool, () -> charges.capture(biller, charge)), NeverThrown.class);
        } finally {
            pool.shutdownNow();
        }

        assertThat(captured).hasSize(THREADS).extracting(Charge::id).containsOnly(captured.get(0).id());
        assertThat(charges.openCharges(biller, patient)).extracting(Charge::id).containsExactly(captured.get(0).id());
        assertThat(medcoord.service(PatientLedger.class).entries(biller, patient)).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(usd("120.00")));
    }

    /** No exception is allowed. */
    private static final class NeverThrown extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** A payer adapter for {@value #PAYER_ID} that counts submissions and can hold each for a while. Thread-safe. */
    private static final class CountingPayer implements PayerAdapter {
        final AtomicInteger submitCalls = new AtomicInteger();
        volatile long submitDelayMillis;

        @Override
        public String id() {
            return "contract-payer";
        }

        @Override
        public Set<String> payerIds() {
            return Set.of(PAYER_ID);
        }

        @Override
        public EligibilityResponse checkEligibility(EligibilityRequest request) {
            return EligibilityResponse.inactive();
        }

        @Override
        public SubmissionReceipt submitClaim(ClaimSubmission submission) {
            int n = submitCalls.incrementAndGet();
            if (submitDelayMillis > 0) {
                try {
                    Thread.sleep(submitDelayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SubmissionReceipt("contract-" + n, Optional.of("received"));
        }

        @Override
        public ClaimStatusResponse claimStatus(ClaimStatusRequest request) {
            return new ClaimStatusResponse(ClaimStatus.SUBMITTED, List.of());
        }

        @Override
        public List<RemittanceDocument> fetchRemittances(String payerId, Instant since) {
            return List.of();
        }
    }
}
