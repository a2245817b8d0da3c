package org.medcoord.example.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medcoord.billing.ChargeId;
import org.medcoord.billing.Claim;
import org.medcoord.billing.ClaimId;
import org.medcoord.billing.ClaimLine;
import org.medcoord.billing.ClaimStatus;
import org.medcoord.billing.CoverageId;
import org.medcoord.billing.CoverageOrder;
import org.medcoord.billing.PayerId;
import org.medcoord.billing.spi.ClaimStatusRequest;
import org.medcoord.billing.spi.ClaimSubmission;
import org.medcoord.billing.spi.EligibilityRequest;
import org.medcoord.billing.spi.EligibilityResponse;
import org.medcoord.billing.spi.RemittanceDocument;
import org.medcoord.billing.spi.SubmissionReceipt;
import org.medcoord.billing.x12.Adjustment;
import org.medcoord.billing.x12.AdjustmentGroup;
import org.medcoord.billing.x12.ClaimPayment;
import org.medcoord.billing.x12.Remittance835Reader;
import org.medcoord.billing.x12.RemittanceAdvice;
import org.medcoord.billing.x12.ServicePayment;
import org.medcoord.core.Money;
import org.medcoord.core.PatientId;

/** Prairie Mutual's adapter on its own: eligibility, adjudication by its fee schedule, 835s that read back. */
class PrairieMutualPayerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-05T22:00:00Z"), ZoneOffset.UTC);
    private final PrairieMutualPayer payer = new PrairieMutualPayer(clock);

    private static ClaimLine line(int n, String procedure, String amount, String... modifiers) {
        return new ClaimLine(n, new ChargeId(UUID.randomUUID()), "L" + n, procedure, List.of(modifiers), 1, Money.of(amount, "USD"),
                List.of(1), DAY, "11", "9876543213");
    }

    private static Claim claim(String control, ClaimLine... lines) {
        return new Claim(new ClaimId(UUID.randomUUID()), control, new PatientId(UUID.randomUUID()), new CoverageId(UUID.randomUUID()),
                new PayerId(UUID.randomUUID()), CoverageOrder.PRIMARY, Optional.empty(), "1234567893", List.of("I10"), List.of(lines),
                ClaimStatus.SCRUBBED, List.of(), Instant.parse("2026-11-05T20:00:00Z"));
    }

    private SubmissionReceipt submit(String key, Claim claim) {
        return payer.submitClaim(new ClaimSubmission(key, PrairieMutualPayer.PAYER_ID, "ISA*...~".getBytes(), claim));
    }

    private static RemittanceAdvice read(RemittanceDocument document) {
        return new Remittance835Reader().read(new ByteArrayInputStream(document.content())).transactions().get(0);
    }

    @Test
    void membersWithAPrairieIdAreActiveWithTheirCopayAndDeductible() {
        EligibilityResponse active = payer.checkEligibility(new EligibilityRequest(PrairieMutualPayer.PAYER_ID, "PM000101",
                Optional.empty(), DAY, "1234567893", "trn-1"));
        EligibilityResponse unknown = payer.checkEligibility(new EligibilityRequest(PrairieMutualPayer.PAYER_ID, "XX12",
                Optional.empty(), DAY, "1234567893", "trn-2"));

        assertThat(active).isEqualTo(new EligibilityResponse(true, Optional.of(Money.of("25.00", "USD")),
                Optional.of(Money.of("250.00", "USD")), Optional.of(Money.of("2000.00", "USD"))));
        assertThat(unknown.active()).isFalse();
        assertThat(payer.payerIds()).containsExactly(PrairieMutualPayer.PAYER_ID);
    }

    @Test
    void eachLineIsAllowedAtTheFeeScheduleWithTheVisitCopayLeftToThePatient() {
        ClaimPayment payment = PrairieMutualPayer.adjudicate(claim("C1", line(1, "99213", "150.00"), line(2, "45380", "900.00")));

        assertThat(payment.statusCode()).isEqualTo("1");
        assertThat(payment.charge()).isEqualByComparingTo("1050.00");
        assertThat(payment.paid()).isEqualByComparingTo("547.00"); // 92 - 25 copay + 480
        assertThat(payment.patientResponsibility()).isEqualByComparingTo("25.00");
        ServicePayment visit = payment.lines().get(0);
        assertThat(visit.adjustments()).containsExactly(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("58.00"), null),
                new Adjustment(AdjustmentGroup.PR, "3", new BigDecimal("25.00"), null));
        assertThat(visit.lineItemControlNumber()).isEqualTo("L1");
    }

    @Test
    void aCodeOffTheFeeScheduleIsDeniedWithCarc96AndAnAllDeniedClaimIsDenied() {
        ClaimPayment partly = PrairieMutualPayer.adjudicate(claim("C2", line(1, "99213", "150.00"), line(2, "99401", "60.00")));
        ClaimPayment denied = PrairieMutualPayer.adjudicate(claim("C3", line(1, "99401", "60.00")));

        assertThat(partly.lines().get(1).paid()).isEqualByComparingTo("0");
        assertThat(partly.lines().get(1).adjustments()).containsExactly(new Adjustment(AdjustmentGroup.CO, "96", new BigDecimal("60.00"), null));
        assertThat(denied.isDenied()).isTrue();
        assertThat(denied.paid()).isEqualByComparingTo("0");
    }

    @Test
    void aSubmissionIsAcknowledgedAndAnswersWithAn835ThatReadsBack() {
        Claim claim = claim("C4", line(1, "99214", "200.00"), line(2, "99401", "60.00"));

        SubmissionReceipt receipt = submit("key-4", claim);

        assertThat(receipt.trackingId()).isEqualTo("PM-C4");
        List<RemittanceDocument> documents = payer.fetchRemittances(PrairieMutualPayer.PAYER_ID, Instant.EPOCH);
        assertThat(documents).singleElement().satisfies(d -> assertThat(d.received()).isEqualTo(clock.instant()));
        RemittanceAdvice advice = read(documents.get(0));
        assertThat(advice.paymentAmount()).isEqualByComparingTo("106.00"); // 131 - 25
        assertThat(advice.payer().id()).isEqualTo(PrairieMutualPayer.PAYER_ID);
        assertThat(advice.claims()).singleElement().satisfies(c -> {
            assertThat(c.claimControlNumber()).isEqualTo("C4");
            assertThat(c.lines()).extracting(ServicePayment::lineItemControlNumber).containsExactly("L1", "L2");
        });
        assertThat(payer.claimStatus(new ClaimStatusRequest(PrairieMutualPayer.PAYER_ID, "C4", Optional.of("PM-C4"))).status())
                .isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(payer.fetchRemittances(PrairieMutualPayer.PAYER_ID, clock.instant().plusSeconds(1))).isEmpty();
    }

    @Test
    void repeatingASubmissionKeyAdjudicatesOnce() {
        Claim claim = claim("C5", line(1, "99213", "150.00"));

        SubmissionReceipt first = submit("key-5", claim);
        SubmissionReceipt again = submit("key-5", claim);

        assertThat(again).isEqualTo(first);
        assertThat(payer.fetchRemittances(PrairieMutualPayer.PAYER_ID, Instant.EPOCH)).hasSize(1);
        assertThat(payer.claimStatus(new ClaimStatusRequest(PrairieMutualPayer.PAYER_ID, "C5", Optional.empty())).status())
                .isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void concurrentSubmissionsAreEachAdjudicatedOnceWithDistinctInterchangeNumbers() throws Exception {
        int threads = 8;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        // every claim twice under one key: the second call must not adjudicate again
                        Claim c = claim("T" + thread + "-" + i, line(1, "99213", "150.00"));
                        submit("k-" + thread + "-" + i, c);
                        submit("k-" + thread + "-" + i, c);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<RemittanceDocument> documents = payer.fetchRemittances(PrairieMutualPayer.PAYER_ID, Instant.EPOCH);
        assertThat(documents).hasSize(threads * each);
        assertThat(documents.stream().map(RemittanceDocument::id).distinct()).hasSize(threads * each);
        assertThat(documents.stream().map(d -> read(d).claims().get(0).claimControlNumber()).distinct()).hasSize(threads * each);
    }

    @Test
    void anotherPayersRequestIsRefusedWithoutPatientData() {
        assertThatThrownBy(() -> payer.checkEligibility(new EligibilityRequest("ACME1", "PM000101", Optional.empty(), DAY,
                "1234567893", "trn-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("MC-PRAIRIE-001").hasMessageNotContaining("PM000101");
        assertThat(payer.toString()).doesNotContain("PM000101");
        assertThat(Set.of(payer.id())).containsExactly("prairie-mutual");
    }
}
