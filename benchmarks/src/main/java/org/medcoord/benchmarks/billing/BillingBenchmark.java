package org.medcoord.benchmarks.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.medcoord.billing.BillingProvider;
import org.medcoord.billing.BillingSettings;
import org.medcoord.billing.Charge;
import org.medcoord.billing.ChargeService;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimService;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.CoverageService;
import org.medcoord.billing.InsuredPerson;
import org.medcoord.billing.AdministrativeSex;
import org.medcoord.billing.NewCharge;
import org.medcoord.billing.NewCoverage;
import org.medcoord.billing.NewPayer;
import org.medcoord.billing.Payer;
import org.medcoord.billing.PayerRegistry;
import org.medcoord.billing.PostalAddress;
import org.medcoord.billing.ProviderDirectory;
import org.medcoord.billing.RemittancePosting;
import org.medcoord.billing.RemittanceService;
import org.medcoord.billing.RenderingProvider;
import org.medcoord.billing.spi.PayerAdapter;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.InterchangeEnvelope;
import org.medcoord.billing.x12.Remittance835Writer;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.RemittanceParty;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.billing.x12.UsageIndicator;
import org.medcoord.core.MedCoord;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;
import org.medcoord.core.TenantId;
import org.medcoord.core.access.AccessContext;
import org.medcoord.core.access.Principal;
import org.medcoord.core.access.PurposeOfUse;
import org.medcoord.core.access.Roles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The billing services end to end on the in-memory engine, with encryption, access checks and audit on
 * (issue 5): capture a charge, build its claim, scrub it and submit it as an 837P interchange through an
 * in-process payer adapter (per claim; multiply by 10,000 for the batch); and posting one 835 of
 * 10,000 claim payments to 10,000 submitted claims (single shot: posting is idempotent, so every iteration
 * gets a fresh tenant with its own claims, built in the untimed setup).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BillingBenchmark}
 */
@Fork(1)
public class BillingBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final String BILLING_NPI = "1234567893";
    static final String RENDERING_NPI = "9876543213";
    static final int CLAIMS = 10_000;

    /** A started MedCoord with a payer, providers and one biller. */
    public abstract static class Running {
        MedCoord medcoord;
        AccessContext biller;
        ChargeService charges;
        ClaimService claims;
        Payer payer;
        PatientId patient;

        void start() {
            medcoord = MedCoord.builder()
                    .setting(MedCoord.STORAGE_SETTING, "memory")
                    .setting("medcoord.keys.encryption", randomKey())
                    .setting("medcoord.keys.token", randomKey())
                    .setting(BillingSettings.X12_SENDER_ID, "CLINIC01")
                    .setting(BillingSettings.X12_RECEIVER_ID, "CLEARING01")
                    .setting(BillingSettings.X12_RECEIVER_NAME, "Bench Clearinghouse")
                    .setting(BillingSettings.X12_SUBMITTER_NAME, "Bench Clinic")
                    .setting(BillingSettings.X12_SUBMITTER_CONTACT, "Billing Office")
                    .setting(BillingSettings.X12_SUBMITTER_PHONE, "2175550100")
                    .provider(PayerAdapter.class, new BenchClearinghouse())
                    .clock(java.time.Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                    .build();
            charges = medcoord.service(ChargeService.class);
            claims = medcoord.service(ClaimService.class);
        }

        void tenant() {
            biller = AccessContext.of(TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8)),
                    Principal.of("biller-bench", Roles.BILLING), PurposeOfUse.PAYMENT);
            payer = medcoord.service(PayerRegistry.class).register(biller, new NewPayer("Bench Health", BenchClearinghouse.PAYER_ID, 365,
                    Currency.getInstance("USD")));
            ProviderDirectory providers = medcoord.service(ProviderDirectory.class);
            providers.registerBillingProvider(biller, new BillingProvider(BILLING_NPI, "Bench Clinic", "123456789",
                    PostalAddress.of("10 Clinic Way", "Springfield", "IL", "62701")));
            providers.registerRenderingProvider(biller, new RenderingProvider(RENDERING_NPI, "Grace", "Hopper"));
        }

        PatientId coveredPatient() {
            PatientId id = PatientId.next(medcoord.clock());
            medcoord.service(CoverageService.class).add(biller, NewCoverage.self(id, new InsuredPerson("Ann", "Smith", LocalDate.of(1980, 4, 12),
                    AdministrativeSex.FEMALE, PostalAddress.of("1 Main St", "Springfield", "IL", "62701")), payer.id(), "M" + id.value()
                    .toString().substring(0, 8), "GOLD", CoverageOrder.PRIMARY, TODAY.minusYears(1)));
            return id;
        }

        Claim submitOneClaim(PatientId who, int n) {
            Charge visit = charges.capture(biller, NewCharge.builder(who).procedure("99213", Money.of("120.00", "USD")).modifiers("25")
                    .diagnoses("E11.9", "I10").pointers(1, 2).providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY).build());
            Charge injection = charges.capture(biller, NewCharge.builder(who).procedure("J1100", Money.of("30.00", "USD")).units(2)
                    .diagnoses("E11.9").providers(RENDERING_NPI, BILLING_NPI).serviceDate(TODAY).build());
            Claim claim = claims.build(biller, who, List.of(visit.id(), injection.id())).get(0);
            claims.scrub(biller, claim.id());
            claims.submit(biller, claim.id(), "bench-" + n + "-" + claim.id());
            return claim;
        }

        void stop() {
            if (medcoord != null) {
                medcoord.close();
            }
        }
    }

    /** One tenant, patients reused, claims submitted one after another. */
    @State(Scope.Benchmark)
    public static class Submitting extends Running {
        List<PatientId> patients = new ArrayList<>();
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            start();
            tenant();
            for (int i = 0; i < 100; i++) {
                patients.add(coveredPatient());
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stop();
        }
    }

    /** Per iteration: a fresh tenant with 10,000 submitted claims and the 835 that pays them all. */
    @State(Scope.Benchmark)
    public static class Posting extends Running {
        byte[] era;

        @Setup(Level.Trial)
        public void setUp() {
            start();
        }

        @Setup(Level.Iteration)
        public void claims() {
            tenant();
            List<ClaimPayment> payments = new ArrayList<>();
            PatientId who = null;
            for (int i = 0; i < CLAIMS; i++) {
                if (i % 10 == 0) {
                    who = coveredPatient();
                }
                Claim claim = submitOneClaim(who, i);
                List<ServicePayment> lines = new ArrayList<>();
                for (ClaimLine line : claim.lines()) {
                    BigDecimal charge = line.amount().amount();
                    BigDecimal share = charge.movePointLeft(1);
                    lines.add(new ServicePayment("HC", line.procedure(), line.modifiers(), charge, charge.subtract(share).subtract(share),
                            BigDecimal.valueOf(line.units()), line.serviceDate(), line.lineControlNumber(),
                            List.of(new Adjustment(AdjustmentGroup.CO, "45", share, null), new Adjustment(AdjustmentGroup.PR, "2", share, null))));
                }
                BigDecimal total = claim.total().amount();
                payments.add(new ClaimPayment(claim.controlNumber(), "1", total, total.subtract(total.movePointLeft(1).multiply(BigDecimal.valueOf(2))),
                        total.movePointLeft(1), "PCN" + i, List.of(), lines));
            }
            BigDecimal paid = payments.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            RemittanceAdvice advice = new RemittanceAdvice("I", paid, "C", "NON", TODAY, "BENCHTRACE",
                    new RemittanceParty("Bench Health", "XV", BenchClearinghouse.PAYER_ID), new RemittanceParty("Bench Clinic", "XX", BILLING_NPI),
                    payments, List.of());
            era = new Remittance835Writer().write(new InterchangeEnvelope("ZZ", "BENCH", "ZZ", "CLINIC01", 1, 1, LocalDateTime.of(2026, 11, 3, 9, 0),
                    UsageIndicator.TEST), List.of(advice)).getBytes(StandardCharsets.US_ASCII);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stop();
        }
    }

    /** Capture two charges, build their claim, scrub it and submit it as an 837P. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 5, time = 3)
    public Claim captureBuildScrubSubmit(Submitting state) {
        int n = state.next++;
        return state.submitOneClaim(state.patients.get(n % state.patients.size()), n);
    }

    /** Read and post one 835 of 10,000 claim payments (20,000 service lines). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public RemittancePosting post835Of10000ClaimPayments(Posting state) {
        RemittancePosting posting = state.medcoord.service(RemittanceService.class).post(state.biller, "bench-era", state.era);
        if (posting.claims().size() != CLAIMS) {
            throw new IllegalStateException("posted " + posting.claims().size() + " claim payments, expected " + CLAIMS);
        }
        return posting;
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
